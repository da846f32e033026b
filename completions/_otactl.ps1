
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'The device inventory: import, list, show, remove')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Signing keys: generate, list, show, trust, untrust, default')
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'Firmware images: sign, verify, list, show, upload, url')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Rollouts: plan, create, list, status, watch, report, wait, pause, resume, abort, cancel, retry-failed, run')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'One device: history, update')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file and the settings in effect: init, show, profiles, use')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the engine: dispatch, ingest, time out, retry and gate every active rollout')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole job on embedded defaults: broker, store, key, firmware, simulated fleet')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'The field kit: MQTT broker and artifact server (and the engine) in one process')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who changed what, and when')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store itself: export, import (between stores), backup, restore')
            [CompletionResult]::new('dead-letters', 'dead-letters', [CompletionResultType]::ParameterValue, 'What the engine could not use: list, show, purge')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('tui', 'tui', [CompletionResultType]::ParameterValue, 'A live dashboard: rollouts, gates, devices and events as they happen')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an MQTT broker in this process (loopback by default)')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run simulated devices against the broker (demos, load tests)')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Run the device agent of a gateway (install and health hooks, resumed downloads)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;fleet;remove' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Remove every device a selector matches')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Remove every device a selector matches')
            [CompletionResult]::new('--confirm-count', '--confirm-count', [CompletionResultType]::ParameterName, 'The number of devices the selector matches, confirming a large removal')
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
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Remove every device in the inventory')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
        'otactl;keys' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a signing key pair (minisign format)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List generated and trusted keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s id (as minisign prints it) and public key')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust a public key (a minisign .pub file) for verification')
            [CompletionResult]::new('untrust', 'untrust', [CompletionResultType]::ParameterValue, 'Stop trusting a public key')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a generated key the default signing key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;keys;generate' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The key''s name (files NAME.pub and NAME.key)')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of this file')
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
            [CompletionResult]::new('--unencrypted', '--unencrypted', [CompletionResultType]::ParameterName, 'Store the secret key unencrypted (test rigs only)')
            [CompletionResult]::new('--default', '--default', [CompletionResultType]::ParameterName, 'Make the new key the default signing key')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;list' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;show' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;trust' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;untrust' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;default' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;keys;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a signing key pair (minisign format)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List generated and trusted keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s id (as minisign prints it) and public key')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust a public key (a minisign .pub file) for verification')
            [CompletionResult]::new('untrust', 'untrust', [CompletionResultType]::ParameterValue, 'Stop trusting a public key')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a generated key the default signing key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;keys;help;generate' {
            break
        }
        'otactl;keys;help;list' {
            break
        }
        'otactl;keys;help;show' {
            break
        }
        'otactl;keys;help;trust' {
            break
        }
        'otactl;keys;help;untrust' {
            break
        }
        'otactl;keys;help;default' {
            break
        }
        'otactl;keys;help;help' {
            break
        }
        'otactl;firmware' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a firmware image: FILE.minisig with the manifest as trusted comment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a firmware image against its .minisig and print its manifest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the firmware artifacts known to the store (--remote: against the bucket)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one artifact (NAME@VERSION) with its manifest')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a signed image to the S3 bucket (resumable, deduplicated)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a presigned download URL for an uploaded artifact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;firmware;sign' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Firmware name (one anti-rollback counter per name)')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Firmware version')
            [CompletionResult]::new('--counter', '--counter', [CompletionResultType]::ParameterName, 'Security counter, 0 to 2^63-1, above every earlier one of NAME [default: one more than the highest signed for NAME]')
            [CompletionResult]::new('--hw', '--hw', [CompletionResultType]::ParameterName, 'Hardware ids the image installs on (comma-separated)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'The manifest expires after this long (e.g. 90d); devices refuse it after')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Where to write the signature [default: FILE.minisig]')
            [CompletionResult]::new('--sig', '--sig', [CompletionResultType]::ParameterName, 'Where to write the signature [default: FILE.minisig]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the key password from the first line of this file (else OTACTL_KEY_PASSWORD or a prompt)')
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
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing signature file')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;verify' {
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'The signature [default: FILE.minisig]')
            [CompletionResult]::new('--sig', '--sig', [CompletionResultType]::ParameterName, 'The signature [default: FILE.minisig]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Public key(s) to accept (.pub files) [default: the trusted keys]')
            [CompletionResult]::new('--pubkey', '--pubkey', [CompletionResultType]::ParameterName, 'Public key(s) to accept (.pub files) [default: the trusted keys]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;list' {
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
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Compare the bucket''s contents with what the store knows')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;show' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;upload' {
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'The signature [default: FILE.minisig]')
            [CompletionResult]::new('--sig', '--sig', [CompletionResultType]::ParameterName, 'The signature [default: FILE.minisig]')
            [CompletionResult]::new('--part-size', '--part-size', [CompletionResultType]::ParameterName, 'Part size in MiB (at least 5); small parts lose less on a flaky uplink')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Parts in flight at once (peak memory ≈ part size × concurrency)')
            [CompletionResult]::new('--part-checksum', '--part-checksum', [CompletionResultType]::ParameterName, 'The checksum each part carries')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;url' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the URL works (SigV4 allows at most 7 days)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;firmware;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a firmware image: FILE.minisig with the manifest as trusted comment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a firmware image against its .minisig and print its manifest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the firmware artifacts known to the store (--remote: against the bucket)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one artifact (NAME@VERSION) with its manifest')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a signed image to the S3 bucket (resumable, deduplicated)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a presigned download URL for an uploaded artifact')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;firmware;help;sign' {
            break
        }
        'otactl;firmware;help;verify' {
            break
        }
        'otactl;firmware;help;list' {
            break
        }
        'otactl;firmware;help;show' {
            break
        }
        'otactl;firmware;help;upload' {
            break
        }
        'otactl;firmware;help;url' {
            break
        }
        'otactl;firmware;help;help' {
            break
        }
        'otactl;rollout' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show the batches, devices and predicted timeline of a rollout, creating nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rollout: firmware, selection, batches, gates, schedule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Progress of a rollout: per batch and per state, and its gates')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A per-device report (json, csv or markdown)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop dispatching (devices already updating carry on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout (--override --reason R passes the gate that holds it once)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Take devices out of a rollout (cancelled, not counted by its gates)')
            [CompletionResult]::new('abort', 'abort', [CompletionResultType]::ParameterValue, 'Abort: cancel devices not yet dispatched, leave in-flight ones alone')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the rollout (as abort, recorded as cancelled by the operator)')
            [CompletionResult]::new('retry-failed', 'retry-failed', [CompletionResultType]::ParameterValue, 'New attempts for the failed and timed-out devices (never the rejected ones)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;rollout;plan' {
            [CompletionResult]::new('--firmware', '--firmware', [CompletionResultType]::ParameterName, 'The firmware to roll out, NAME@VERSION (signed and registered)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)')
            [CompletionResult]::new('--batches', '--batches', [CompletionResultType]::ParameterName, 'Cumulative batch targets: counts or percentages of the selection')
            [CompletionResult]::new('--success-threshold', '--success-threshold', [CompletionResultType]::ParameterName, 'Share of a batch that must succeed before the next starts')
            [CompletionResult]::new('--abort-threshold', '--abort-threshold', [CompletionResultType]::ParameterName, 'Share of failed, rejected and timed-out devices (among executed) that stops the rollout')
            [CompletionResult]::new('--abort-min', '--abort-min', [CompletionResultType]::ParameterName, 'The abort threshold applies once this many devices executed')
            [CompletionResult]::new('--abort-action', '--abort-action', [CompletionResultType]::ParameterName, 'What crossing the abort threshold does')
            [CompletionResult]::new('--device-timeout', '--device-timeout', [CompletionResultType]::ParameterName, 'A device silent this long is timed out: counted from its last message about the update (or the dispatch, before it says anything)')
            [CompletionResult]::new('--offline-grace', '--offline-grace', [CompletionResultType]::ParameterName, 'How long a device whose presence says offline keeps its job before it ends timed out as unreachable (retryable) [default: the --command-ttl]')
            [CompletionResult]::new('--confirm-timeout', '--confirm-timeout', [CompletionResultType]::ParameterName, 'Confirmation after reboot: a device''s `done` counts only once its inventory shows the new version (it stays done_unconfirmed, in flight for the gates); without one this long after `done` it fails (retryable). Off by default')
            [CompletionResult]::new('--stage-timeout', '--stage-timeout', [CompletionResultType]::ParameterName, 'How long a device may stay in one stage (downloading, flashing…)')
            [CompletionResult]::new('--soak', '--soak', [CompletionResultType]::ParameterName, 'Wait this long after a batch passes before the next starts')
            [CompletionResult]::new('--start-at', '--start-at', [CompletionResultType]::ParameterName, 'Start at this time (RFC 3339) instead of now; a past time is refused (`now` is now)')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Dispatch only inside this window, e.g. ''Mon-Fri 02:00-05:00 Europe/Moscow''')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many commands per minute (e.g. 500/min, 20/s, 600/h; at least 1/min)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of failed and timed-out devices (rejected ones are never retried)')
            [CompletionResult]::new('--retry-backoff', '--retry-backoff', [CompletionResultType]::ParameterName, 'Wait before a device''s first retry; each further retry waits twice as long')
            [CompletionResult]::new('--command-ttl', '--command-ttl', [CompletionResultType]::ParameterName, 'How long a command stays valid on a device')
            [CompletionResult]::new('--assume-update-time', '--assume-update-time', [CompletionResultType]::ParameterName, 'Assumed time for one device to finish its update, for the timeline')
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
            [CompletionResult]::new('--emergency', '--emergency', [CompletionResultType]::ParameterName, 'One batch, no window, no soak: for a fix that cannot wait')
            [CompletionResult]::new('--allow-downgrade', '--allow-downgrade', [CompletionResultType]::ParameterName, 'Allow devices whose security counter is not below the firmware''s')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;create' {
            [CompletionResult]::new('--firmware', '--firmware', [CompletionResultType]::ParameterName, 'The firmware to roll out, NAME@VERSION (signed and registered)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)')
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)')
            [CompletionResult]::new('--batches', '--batches', [CompletionResultType]::ParameterName, 'Cumulative batch targets: counts or percentages of the selection')
            [CompletionResult]::new('--success-threshold', '--success-threshold', [CompletionResultType]::ParameterName, 'Share of a batch that must succeed before the next starts')
            [CompletionResult]::new('--abort-threshold', '--abort-threshold', [CompletionResultType]::ParameterName, 'Share of failed, rejected and timed-out devices (among executed) that stops the rollout')
            [CompletionResult]::new('--abort-min', '--abort-min', [CompletionResultType]::ParameterName, 'The abort threshold applies once this many devices executed')
            [CompletionResult]::new('--abort-action', '--abort-action', [CompletionResultType]::ParameterName, 'What crossing the abort threshold does')
            [CompletionResult]::new('--device-timeout', '--device-timeout', [CompletionResultType]::ParameterName, 'A device silent this long is timed out: counted from its last message about the update (or the dispatch, before it says anything)')
            [CompletionResult]::new('--offline-grace', '--offline-grace', [CompletionResultType]::ParameterName, 'How long a device whose presence says offline keeps its job before it ends timed out as unreachable (retryable) [default: the --command-ttl]')
            [CompletionResult]::new('--confirm-timeout', '--confirm-timeout', [CompletionResultType]::ParameterName, 'Confirmation after reboot: a device''s `done` counts only once its inventory shows the new version (it stays done_unconfirmed, in flight for the gates); without one this long after `done` it fails (retryable). Off by default')
            [CompletionResult]::new('--stage-timeout', '--stage-timeout', [CompletionResultType]::ParameterName, 'How long a device may stay in one stage (downloading, flashing…)')
            [CompletionResult]::new('--soak', '--soak', [CompletionResultType]::ParameterName, 'Wait this long after a batch passes before the next starts')
            [CompletionResult]::new('--start-at', '--start-at', [CompletionResultType]::ParameterName, 'Start at this time (RFC 3339) instead of now; a past time is refused (`now` is now)')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'Dispatch only inside this window, e.g. ''Mon-Fri 02:00-05:00 Europe/Moscow''')
            [CompletionResult]::new('--max-rate', '--max-rate', [CompletionResultType]::ParameterName, 'At most this many commands per minute (e.g. 500/min, 20/s, 600/h; at least 1/min)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of failed and timed-out devices (rejected ones are never retried)')
            [CompletionResult]::new('--retry-backoff', '--retry-backoff', [CompletionResultType]::ParameterName, 'Wait before a device''s first retry; each further retry waits twice as long')
            [CompletionResult]::new('--command-ttl', '--command-ttl', [CompletionResultType]::ParameterName, 'How long a command stays valid on a device')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The rollout''s id [default: generated]')
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'The artifact server the engine hands out images from (as `otactl run --artifact-url`): with it, an image that is not uploaded is accepted')
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
            [CompletionResult]::new('--emergency', '--emergency', [CompletionResultType]::ParameterName, 'One batch, no window, no soak: for a fix that cannot wait')
            [CompletionResult]::new('--allow-downgrade', '--allow-downgrade', [CompletionResultType]::ParameterName, 'Allow devices whose security counter is not below the firmware''s')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the plan, without creating')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;list' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;status' {
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to look for changes when watching')
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
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Keep printing as the rollout changes (NDJSON with --output json) until it ends')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Keep printing as the rollout changes (NDJSON with --output json) until it ends')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;watch' {
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read the store at most this often while it changes')
            [CompletionResult]::new('--fps', '--fps', [CompletionResultType]::ParameterName, 'Frames per second')
            [CompletionResult]::new('--bench-frames', '--bench-frames', [CompletionResultType]::ParameterName, 'Draw this many frames, then print frame times and CPU use as JSON (benchmarks; without a terminal it draws on a 200x50 screen in memory)')
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
            [CompletionResult]::new('--engine', '--engine', [CompletionResultType]::ParameterName, 'Run the engine in this process too, instead of `otactl run` in another terminal')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Only ASCII symbols and bars (terminals without UTF-8) [default: from the locale]')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;report' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'The report''s format')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;wait' {
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long (exit 7)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to look')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;pause' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;resume' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the gate is overridden (recorded in the audit log)')
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
            [CompletionResult]::new('--override', '--override', [CompletionResultType]::ParameterName, 'Pass the current batch''s gate once, whatever its count says')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;exclude' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (recorded on each device''s job and in the audit log)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;abort' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;cancel' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;retry-failed' {
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`''s)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from this file (else OTACTL_KEY_PASSWORD or a prompt)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;run' {
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`''s)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from this file (else OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'How often the engine looks at the store')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Jobs per dispatch transaction')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'The engine''s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event''s fields)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;rollout;help' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show the batches, devices and predicted timeline of a rollout, creating nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rollout: firmware, selection, batches, gates, schedule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Progress of a rollout: per batch and per state, and its gates')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A per-device report (json, csv or markdown)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop dispatching (devices already updating carry on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout (--override --reason R passes the gate that holds it once)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Take devices out of a rollout (cancelled, not counted by its gates)')
            [CompletionResult]::new('abort', 'abort', [CompletionResultType]::ParameterValue, 'Abort: cancel devices not yet dispatched, leave in-flight ones alone')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the rollout (as abort, recorded as cancelled by the operator)')
            [CompletionResult]::new('retry-failed', 'retry-failed', [CompletionResultType]::ParameterValue, 'New attempts for the failed and timed-out devices (never the rejected ones)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;rollout;help;plan' {
            break
        }
        'otactl;rollout;help;create' {
            break
        }
        'otactl;rollout;help;list' {
            break
        }
        'otactl;rollout;help;status' {
            break
        }
        'otactl;rollout;help;watch' {
            break
        }
        'otactl;rollout;help;report' {
            break
        }
        'otactl;rollout;help;wait' {
            break
        }
        'otactl;rollout;help;pause' {
            break
        }
        'otactl;rollout;help;resume' {
            break
        }
        'otactl;rollout;help;exclude' {
            break
        }
        'otactl;rollout;help;abort' {
            break
        }
        'otactl;rollout;help;cancel' {
            break
        }
        'otactl;rollout;help;retry-failed' {
            break
        }
        'otactl;rollout;help;run' {
            break
        }
        'otactl;rollout;help;help' {
            break
        }
        'otactl;device' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A device''s jobs and the statuses it reported, newest first')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update one device now: a rollout of one, run until it ends')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;device;history' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many status messages')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;device;update' {
            [CompletionResult]::new('--firmware', '--firmware', [CompletionResultType]::ParameterName, 'The firmware, NAME@VERSION')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries if it fails or times out')
            [CompletionResult]::new('--device-timeout', '--device-timeout', [CompletionResultType]::ParameterName, 'The device is timed out when silent this long')
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`''s)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from this file (else OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'How often the engine looks at the store')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Jobs per dispatch transaction')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'The engine''s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event''s fields)')
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
            [CompletionResult]::new('--allow-downgrade', '--allow-downgrade', [CompletionResultType]::ParameterName, 'Allow a security counter that does not grow')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Only create the rollout (a running `otactl run` drives it)')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;device;help' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A device''s jobs and the statuses it reported, newest first')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update one device now: a rollout of one, run until it ends')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;device;help;history' {
            break
        }
        'otactl;device;help;update' {
            break
        }
        'otactl;device;help;help' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: which is the default, which is in effect')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the file''s default_profile')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;config;profiles' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;config;use' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: which is the default, which is in effect')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the file''s default_profile')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;config;help;init' {
            break
        }
        'otactl;config;help;show' {
            break
        }
        'otactl;config;help;profiles' {
            break
        }
        'otactl;config;help;use' {
            break
        }
        'otactl;config;help;help' {
            break
        }
        'otactl;run' {
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`''s)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from this file (else OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'How often the engine looks at the store')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Jobs per dispatch transaction')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'The engine''s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event''s fields)')
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
            [CompletionResult]::new('--until-done', '--until-done', [CompletionResultType]::ParameterName, 'Stop when no rollout is active any more')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;demo' {
            [CompletionResult]::new('--devices', '--devices', [CompletionResultType]::ParameterName, 'How many simulated trucks')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Give up after this long')
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
            [CompletionResult]::new('--headless', '--headless', [CompletionResultType]::ParameterName, 'Progress lines instead of the dashboard')
            [CompletionResult]::new('--keep', '--keep', [CompletionResultType]::ParameterName, 'Keep the demo''s folder (store, key, firmware) and say where it is')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'MQTT broker address')
            [CompletionResult]::new('--artifacts', '--artifacts', [CompletionResultType]::ParameterName, 'The folder of firmware files to serve (required: only its regular files are served, never the current directory by default)')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Artifact server address')
            [CompletionResult]::new('--public-url', '--public-url', [CompletionResultType]::ParameterName, 'The base URL devices download from [default: http://ADDR of --http]')
            [CompletionResult]::new('--artifact-url', '--artifact-url', [CompletionResultType]::ParameterName, 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`''s)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from this file (else OTACTL_KEY_PASSWORD or a prompt)')
            [CompletionResult]::new('--tick', '--tick', [CompletionResultType]::ParameterName, 'How often the engine looks at the store')
            [CompletionResult]::new('--metrics-addr', '--metrics-addr', [CompletionResultType]::ParameterName, 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)')
            [CompletionResult]::new('--clock', '--clock', [CompletionResultType]::ParameterName, 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)')
            [CompletionResult]::new('--max-duration', '--max-duration', [CompletionResultType]::ParameterName, 'Stop after this long')
            [CompletionResult]::new('--chunk', '--chunk', [CompletionResultType]::ParameterName, 'Jobs per dispatch transaction')
            [CompletionResult]::new('--log-format', '--log-format', [CompletionResultType]::ParameterName, 'The engine''s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event''s fields)')
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
            [CompletionResult]::new('--no-broker', '--no-broker', [CompletionResultType]::ParameterName, 'Do not run a broker (use the configured --broker)')
            [CompletionResult]::new('--engine', '--engine', [CompletionResultType]::ParameterName, 'Also run the engine for every active rollout of the store')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;store' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write devices, statuses and the audit log to a file (or stdout)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an export into this store (idempotent: twice is the same as once)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole store to a file, consistently, even while the engine runs')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the whole store with a backup (stop the engine first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;store;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only what changed since this time: RFC 3339, or a duration ago (e.g. 24h)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Write here (atomically, mode 0600) instead of stdout')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Write here (atomically, mode 0600) instead of stdout')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the signing key''s password from the first line of this file (else OTACTL_KEY_PASSWORD or a prompt)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;store;import' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;store;backup' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;store;restore' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;store;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write devices, statuses and the audit log to a file (or stdout)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an export into this store (idempotent: twice is the same as once)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole store to a file, consistently, even while the engine runs')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the whole store with a backup (stop the engine first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;store;help;export' {
            break
        }
        'otactl;store;help;import' {
            break
        }
        'otactl;store;help;backup' {
            break
        }
        'otactl;store;help;restore' {
            break
        }
        'otactl;store;help;help' {
            break
        }
        'otactl;dead-letters' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Counts per reason and the latest dead letters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One dead letter with its payload')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove dead letters (older than --older-than, of --reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;dead-letters;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many dead letters')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;dead-letters;show' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;dead-letters;purge' {
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only those older than this (e.g. 7d)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Only those with this reason (see `dead-letters list`)')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;dead-letters;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Counts per reason and the latest dead letters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One dead letter with its payload')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove dead letters (older than --older-than, of --reason)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'otactl;dead-letters;help;list' {
            break
        }
        'otactl;dead-letters;help;show' {
            break
        }
        'otactl;dead-letters;help;purge' {
            break
        }
        'otactl;dead-letters;help;help' {
            break
        }
        'otactl;completion' {
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;tui' {
            [CompletionResult]::new('--rollout', '--rollout', [CompletionResultType]::ParameterName, 'Focus this rollout [default: the newest active one]')
            [CompletionResult]::new('--refresh', '--refresh', [CompletionResultType]::ParameterName, 'Read the store at most this often while it changes')
            [CompletionResult]::new('--fps', '--fps', [CompletionResultType]::ParameterName, 'Frames per second')
            [CompletionResult]::new('--bench-frames', '--bench-frames', [CompletionResultType]::ParameterName, 'Draw this many frames, then print frame times and CPU use as JSON (benchmarks; without a terminal it draws on a 200x50 screen in memory)')
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
            [CompletionResult]::new('--engine', '--engine', [CompletionResultType]::ParameterName, 'Run the engine in this process too, instead of `otactl run` in another terminal')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Only ASCII symbols and bars (terminals without UTF-8) [default: from the locale]')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;simulate' {
            [CompletionResult]::new('--devices', '--devices', [CompletionResultType]::ParameterName, 'How many devices')
            [CompletionResult]::new('--id-pattern', '--id-pattern', [CompletionResultType]::ParameterName, 'Device ids: `{n:06}` is the device number from 0, zero-padded to 6 digits (another width: `{n:08}`)')
            [CompletionResult]::new('--hw', '--hw', [CompletionResultType]::ParameterName, 'Hardware ids with weights')
            [CompletionResult]::new('--firmware-version', '--firmware-version', [CompletionResultType]::ParameterName, 'The firmware version devices start with')
            [CompletionResult]::new('--counter', '--counter', [CompletionResultType]::ParameterName, 'The anti-rollback counter devices start with')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'An operator public key devices trust (repeatable) [default: the trusted keys]')
            [CompletionResult]::new('--state-file', '--state-file', [CompletionResultType]::ParameterName, 'Remember versions, counters and seen command ids in this JSON file')
            [CompletionResult]::new('--latency', '--latency', [CompletionResultType]::ParameterName, 'Time in each stage [default: accepted=50ms..200ms,downloading=200ms..2s,verifying=50ms..300ms,flashing=500ms..3s,rebooting=500ms..2s]')
            [CompletionResult]::new('--fail-rate', '--fail-rate', [CompletionResultType]::ParameterName, 'Probability that a stage fails (downloading, verifying, flashing, rebooting, all)')
            [CompletionResult]::new('--reject-rate', '--reject-rate', [CompletionResultType]::ParameterName, 'Probability that a device declines a valid update')
            [CompletionResult]::new('--silent-rate', '--silent-rate', [CompletionResultType]::ParameterName, 'Fraction of devices that never answer')
            [CompletionResult]::new('--rollback-rate', '--rollback-rate', [CompletionResultType]::ParameterName, 'Probability that a device reports done, then comes back on its old version')
            [CompletionResult]::new('--lost-rate', '--lost-rate', [CompletionResultType]::ParameterName, 'Probability that a device says rebooting and never comes back')
            [CompletionResult]::new('--churn', '--churn', [CompletionResultType]::ParameterName, 'Offline churn: fraction of devices going offline per minute, and for how long')
            [CompletionResult]::new('--duplicate-rate', '--duplicate-rate', [CompletionResultType]::ParameterName, 'Probability that a status message is sent twice')
            [CompletionResult]::new('--reorder-rate', '--reorder-rate', [CompletionResultType]::ParameterName, 'Probability that a status message is held back and sent after the next one')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'MQTT connections the devices share')
            [CompletionResult]::new('--client-prefix', '--client-prefix', [CompletionResultType]::ParameterName, 'Client id prefix of the simulator''s connections')
            [CompletionResult]::new('--write-fleet', '--write-fleet', [CompletionResultType]::ParameterName, 'Write the devices as a CSV for `otactl fleet import`')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Stop after this long (e.g. 10m) instead of waiting for Ctrl-C')
            [CompletionResult]::new('--stats-every', '--stats-every', [CompletionResultType]::ParameterName, 'Print counters this often')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the fleet''s make-up (hw mix, silent devices)')
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
            [CompletionResult]::new('--connection-per-device', '--connection-per-device', [CompletionResultType]::ParameterName, 'One MQTT connection (and last will) per device instead')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;agent' {
            [CompletionResult]::new('--agent-config', '--agent-config', [CompletionResultType]::ParameterName, 'A TOML file with `state_dir`, `trust`, `health_hook` and `[[device]]` tables (`id`, `hw`, `firmware_version`, `counter`, `install_hook`, `health_hook`)')
            [CompletionResult]::new('--device-id', '--device-id', [CompletionResultType]::ParameterName, 'This device''s id (added to the file''s devices)')
            [CompletionResult]::new('--hw', '--hw', [CompletionResultType]::ParameterName, 'Its hardware id')
            [CompletionResult]::new('--firmware-version', '--firmware-version', [CompletionResultType]::ParameterName, 'The version it runs before its first update')
            [CompletionResult]::new('--counter', '--counter', [CompletionResultType]::ParameterName, 'The anti-rollback counter before its first update')
            [CompletionResult]::new('--install-hook', '--install-hook', [CompletionResultType]::ParameterName, 'The install hook (see above)')
            [CompletionResult]::new('--health-hook', '--health-hook', [CompletionResultType]::ParameterName, 'The health hook run after a reboot')
            [CompletionResult]::new('--trust', '--trust', [CompletionResultType]::ParameterName, 'An operator public key (repeatable, for key rotation)')
            [CompletionResult]::new('--state-dir', '--state-dir', [CompletionResultType]::ParameterName, 'Where the agent keeps its state and downloads')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'MQTT client id [default: otactl-agent-FIRST_DEVICE_ID]')
            [CompletionResult]::new('--progress-every', '--progress-every', [CompletionResultType]::ParameterName, 'Least time between two download progress statuses')
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
            [CompletionResult]::new('--print-unit', '--print-unit', [CompletionResultType]::ParameterName, 'Print the systemd unit file and exit')
            [CompletionResult]::new('--init', '--init', [CompletionResultType]::ParameterName, 'Create the store if it does not exist (read commands never create one otherwise)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors, no progress or notes')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colors (also honoured: NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'otactl;help' {
            [CompletionResult]::new('fleet', 'fleet', [CompletionResultType]::ParameterValue, 'The device inventory: import, list, show, remove')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Signing keys: generate, list, show, trust, untrust, default')
            [CompletionResult]::new('firmware', 'firmware', [CompletionResultType]::ParameterValue, 'Firmware images: sign, verify, list, show, upload, url')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Rollouts: plan, create, list, status, watch, report, wait, pause, resume, abort, cancel, retry-failed, run')
            [CompletionResult]::new('device', 'device', [CompletionResultType]::ParameterValue, 'One device: history, update')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The config file and the settings in effect: init, show, profiles, use')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the engine: dispatch, ingest, time out, retry and gate every active rollout')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'The whole job on embedded defaults: broker, store, key, firmware, simulated fleet')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'The field kit: MQTT broker and artifact server (and the engine) in one process')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Who changed what, and when')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'The store itself: export, import (between stores), backup, restore')
            [CompletionResult]::new('dead-letters', 'dead-letters', [CompletionResultType]::ParameterValue, 'What the engine could not use: list, show, purge')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('tui', 'tui', [CompletionResultType]::ParameterValue, 'A live dashboard: rollouts, gates, devices and events as they happen')
            [CompletionResult]::new('broker', 'broker', [CompletionResultType]::ParameterValue, 'Run an MQTT broker in this process (loopback by default)')
            [CompletionResult]::new('simulate', 'simulate', [CompletionResultType]::ParameterValue, 'Run simulated devices against the broker (demos, load tests)')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'Run the device agent of a gateway (install and health hooks, resumed downloads)')
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
        'otactl;help;keys' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a signing key pair (minisign format)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List generated and trusted keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s id (as minisign prints it) and public key')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Trust a public key (a minisign .pub file) for verification')
            [CompletionResult]::new('untrust', 'untrust', [CompletionResultType]::ParameterValue, 'Stop trusting a public key')
            [CompletionResult]::new('default', 'default', [CompletionResultType]::ParameterValue, 'Make a generated key the default signing key')
            break
        }
        'otactl;help;keys;generate' {
            break
        }
        'otactl;help;keys;list' {
            break
        }
        'otactl;help;keys;show' {
            break
        }
        'otactl;help;keys;trust' {
            break
        }
        'otactl;help;keys;untrust' {
            break
        }
        'otactl;help;keys;default' {
            break
        }
        'otactl;help;firmware' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a firmware image: FILE.minisig with the manifest as trusted comment')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a firmware image against its .minisig and print its manifest')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the firmware artifacts known to the store (--remote: against the bucket)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one artifact (NAME@VERSION) with its manifest')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a signed image to the S3 bucket (resumable, deduplicated)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print a presigned download URL for an uploaded artifact')
            break
        }
        'otactl;help;firmware;sign' {
            break
        }
        'otactl;help;firmware;verify' {
            break
        }
        'otactl;help;firmware;list' {
            break
        }
        'otactl;help;firmware;show' {
            break
        }
        'otactl;help;firmware;upload' {
            break
        }
        'otactl;help;firmware;url' {
            break
        }
        'otactl;help;rollout' {
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show the batches, devices and predicted timeline of a rollout, creating nothing')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a rollout: firmware, selection, batches, gates, schedule')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List rollouts')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Progress of a rollout: per batch and per state, and its gates')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'A per-device report (json, csv or markdown)')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop dispatching (devices already updating carry on)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Resume a paused rollout (--override --reason R passes the gate that holds it once)')
            [CompletionResult]::new('exclude', 'exclude', [CompletionResultType]::ParameterValue, 'Take devices out of a rollout (cancelled, not counted by its gates)')
            [CompletionResult]::new('abort', 'abort', [CompletionResultType]::ParameterValue, 'Abort: cancel devices not yet dispatched, leave in-flight ones alone')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel the rollout (as abort, recorded as cancelled by the operator)')
            [CompletionResult]::new('retry-failed', 'retry-failed', [CompletionResultType]::ParameterValue, 'New attempts for the failed and timed-out devices (never the rejected ones)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)')
            break
        }
        'otactl;help;rollout;plan' {
            break
        }
        'otactl;help;rollout;create' {
            break
        }
        'otactl;help;rollout;list' {
            break
        }
        'otactl;help;rollout;status' {
            break
        }
        'otactl;help;rollout;watch' {
            break
        }
        'otactl;help;rollout;report' {
            break
        }
        'otactl;help;rollout;wait' {
            break
        }
        'otactl;help;rollout;pause' {
            break
        }
        'otactl;help;rollout;resume' {
            break
        }
        'otactl;help;rollout;exclude' {
            break
        }
        'otactl;help;rollout;abort' {
            break
        }
        'otactl;help;rollout;cancel' {
            break
        }
        'otactl;help;rollout;retry-failed' {
            break
        }
        'otactl;help;rollout;run' {
            break
        }
        'otactl;help;device' {
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'A device''s jobs and the statuses it reported, newest first')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Update one device now: a rollout of one, run until it ends')
            break
        }
        'otactl;help;device;history' {
            break
        }
        'otactl;help;device;update' {
            break
        }
        'otactl;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented config file to start from')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the settings in effect and where each came from (never a secret)')
            [CompletionResult]::new('profiles', 'profiles', [CompletionResultType]::ParameterValue, 'List the config file''s profiles: which is the default, which is in effect')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a profile the file''s default_profile')
            break
        }
        'otactl;help;config;init' {
            break
        }
        'otactl;help;config;show' {
            break
        }
        'otactl;help;config;profiles' {
            break
        }
        'otactl;help;config;use' {
            break
        }
        'otactl;help;run' {
            break
        }
        'otactl;help;demo' {
            break
        }
        'otactl;help;serve' {
            break
        }
        'otactl;help;audit' {
            break
        }
        'otactl;help;store' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write devices, statuses and the audit log to a file (or stdout)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Merge an export into this store (idempotent: twice is the same as once)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole store to a file, consistently, even while the engine runs')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Replace the whole store with a backup (stop the engine first)')
            break
        }
        'otactl;help;store;export' {
            break
        }
        'otactl;help;store;import' {
            break
        }
        'otactl;help;store;backup' {
            break
        }
        'otactl;help;store;restore' {
            break
        }
        'otactl;help;dead-letters' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Counts per reason and the latest dead letters')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One dead letter with its payload')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove dead letters (older than --older-than, of --reason)')
            break
        }
        'otactl;help;dead-letters;list' {
            break
        }
        'otactl;help;dead-letters;show' {
            break
        }
        'otactl;help;dead-letters;purge' {
            break
        }
        'otactl;help;completion' {
            break
        }
        'otactl;help;tui' {
            break
        }
        'otactl;help;broker' {
            break
        }
        'otactl;help;simulate' {
            break
        }
        'otactl;help;agent' {
            break
        }
        'otactl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
