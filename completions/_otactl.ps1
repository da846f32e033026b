
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'otactl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'otactl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'otactl' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'The device inventory: import, list, show, remove')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file and the settings in effect')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who changed what, and when')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an MQTT broker in this process (loopback by default)')
            [CompletionResult]::new('mqtt-bench', 'mqtt-bench', [CompletionResultType]::ParameterValue, 'Benchmark drivers for the MQTT transport (scratch stores only)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;fleet' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import devices from a CSV or JSON file (all rows or none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices, optionally filtered by a selector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device with its job history and latest statuses')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove devices from the inventory (their job history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;fleet;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The file''s format [default: guessed from the content]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check the file and report what would change, without changing anything')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;fleet;list' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0`')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many devices')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;fleet;show' {
            [CompletionResult]::new('--statuses', '--statuses', [CompletionResultType]::ParameterName, 'How many of the latest status messages to show')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;fleet;remove' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Remove every device a selector matches')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Remove every device a selector matches')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;fleet;help' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import devices from a CSV or JSON file (all rows or none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices, optionally filtered by a selector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device with its job history and latest statuses')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove devices from the inventory (their job history stays)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;fleet;help;import' {
            break
        }
        'otactl;fleet;help;list' {
            break
        }
        'otactl;fleet;help;show' {
            break
        }
        'otactl;fleet;help;remove' {
            break
        }
        'otactl;fleet;help;help' {
            break
        }
        'otactl;config' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;config;init' {
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Where to write it [default: --config, else $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing file')
            [CompletionResult]::new('--print', '--print', [CompletionResultType]::ParameterName, 'Print the template to stdout instead of writing a file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;config;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;config;help;init' {
            break
        }
        'otactl;config;help;show' {
            break
        }
        'otactl;config;help;help' {
            break
        }
        'otactl;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries newer than this: a duration (`24h`, `7d`) or an RFC 3339 time')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many entries (the newest)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;broker' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;mqtt-bench' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit')
            [CompletionResult]::new('publish-statuses', 'publish-statuses', [CompletionResultType]::ParameterValue, 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;mqtt-bench;dispatch' {
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'jobs')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Jobs per dispatch transaction')
            [CompletionResult]::new('--payloads', '--payloads', [CompletionResultType]::ParameterName, 'Also write the command payloads here, one per line (for mosquitto_pub -l)')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'max-rate')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics on this address while running')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;mqtt-bench;ingest' {
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'messages')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'jobs')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this many seconds')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'metrics-addr')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--prepare', '--prepare', [CompletionResultType]::ParameterName, 'prepare')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;mqtt-bench;publish-statuses' {
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'messages')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'jobs')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;mqtt-bench;help' {
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit')
            [CompletionResult]::new('publish-statuses', 'publish-statuses', [CompletionResultType]::ParameterValue, 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;mqtt-bench;help;dispatch' {
            break
        }
        'otactl;mqtt-bench;help;ingest' {
            break
        }
        'otactl;mqtt-bench;help;publish-statuses' {
            break
        }
        'otactl;mqtt-bench;help;help' {
            break
        }
        'otactl;generate' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The project directory; files go to DIR/completions and DIR/man')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The config profile to use [default: the file''s default_profile, else "default"]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people, json for programs')
            [CompletionResult]::new('--broker', '--broker', [CompletionResultType]::ParameterName, 'MQTT broker URL: mqtt://host:port or mqtts://host:port')
            [CompletionResult]::new('--topic-prefix', '--topic-prefix', [CompletionResultType]::ParameterName, 'MQTT topic prefix [default: fleet]')
            [CompletionResult]::new('--mqtt-client-id', '--mqtt-client-id', [CompletionResultType]::ParameterName, 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]')
            [CompletionResult]::new('--mqtt-username', '--mqtt-username', [CompletionResultType]::ParameterName, 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)')
            [CompletionResult]::new('--mqtt-ca', '--mqtt-ca', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for mqtts://')
            [CompletionResult]::new('--mqtt-cert', '--mqtt-cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--mqtt-key', '--mqtt-key', [CompletionResultType]::ParameterName, 'Client private key (PEM) for mqtts:// with mutual TLS')
            [CompletionResult]::new('--s3-endpoint', '--s3-endpoint', [CompletionResultType]::ParameterName, 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)')
            [CompletionResult]::new('--bucket', '--bucket', [CompletionResultType]::ParameterName, 'S3 bucket for firmware')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]')
            [CompletionResult]::new('--s3-path-style', '--s3-path-style', [CompletionResultType]::ParameterName, 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'otactl;help' {
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'The device inventory: import, list, show, remove')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file and the settings in effect')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who changed what, and when')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an MQTT broker in this process (loopback by default)')
            [CompletionResult]::new('mqtt-bench', 'mqtt-bench', [CompletionResultType]::ParameterValue, 'Benchmark drivers for the MQTT transport (scratch stores only)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Regenerate shell completions and man pages (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;help;fleet' {
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import devices from a CSV or JSON file (all rows or none)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List devices, optionally filtered by a selector')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one device with its job history and latest statuses')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove devices from the inventory (their job history stays)')
            break
        }
        'otactl;help;fleet;import' {
            break
        }
        'otactl;help;fleet;list' {
            break
        }
        'otactl;help;fleet;show' {
            break
        }
        'otactl;help;fleet;remove' {
            break
        }
        'otactl;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            break
        }
        'otactl;help;config;init' {
            break
        }
        'otactl;help;config;show' {
            break
        }
        'otactl;help;audit' {
            break
        }
        'otactl;help;broker' {
            break
        }
        'otactl;help;mqtt-bench' {
            [CompletionResult]::new('dispatch', 'dispatch', [CompletionResultType]::ParameterValue, 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate')
            [CompletionResult]::new('ingest', 'ingest', [CompletionResultType]::ParameterValue, 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit')
            [CompletionResult]::new('publish-statuses', 'publish-statuses', [CompletionResultType]::ParameterValue, 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would')
            break
        }
        'otactl;help;mqtt-bench;dispatch' {
            break
        }
        'otactl;help;mqtt-bench;ingest' {
            break
        }
        'otactl;help;mqtt-bench;publish-statuses' {
            break
        }
        'otactl;help;generate' {
            break
        }
        'otactl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
