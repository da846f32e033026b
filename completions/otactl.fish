# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_otactl_global_optspecs
    string join \n store= config= profile= o/output= q/quiet no-color broker= topic-prefix= mqtt-client-id= mqtt-username= mqtt-ca= mqtt-cert= mqtt-key= s3-endpoint= bucket= region= s3-path-style= key= h/help V/version
end

function __fish_otactl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_otactl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_otactl_using_subcommand
    set -l cmd (__fish_otactl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c otactl -n "__fish_otactl_needs_command" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_needs_command" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_needs_command" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_needs_command" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_needs_command" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_needs_command" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_needs_command" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_needs_command" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_needs_command" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_needs_command" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_needs_command" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_needs_command" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_needs_command" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_needs_command" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "fleet" -d 'The device inventory: import, list, show, remove'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "config" -d 'The config file and the settings in effect'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "audit" -d 'Who changed what, and when'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "broker" -d 'Run an MQTT broker in this process (loopback by default)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "mqtt-bench" -d 'Benchmark drivers for the MQTT transport (scratch stores only)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "generate" -d 'Regenerate shell completions and man pages (for packagers)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -f -a "import" -d 'Import devices from a CSV or JSON file (all rows or none)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -f -a "list" -d 'List devices, optionally filtered by a selector'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -f -a "show" -d 'Show one device with its job history and latest statuses'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -f -a "remove" -d 'Remove devices from the inventory (their job history stays)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l format -d 'The file\'s format [default: guessed from the content]' -r -f -a "csv\t''
json\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l dry-run -d 'Check the file and report what would change, without changing anything'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s s -l select -d 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0`' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l limit -d 'At most this many devices' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l statuses -d 'How many of the latest status messages to show' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s s -l select -d 'Remove every device a selector matches' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import devices from a CSV or JSON file (all rows or none)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "list" -d 'List devices, optionally filtered by a selector'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device with its job history and latest statuses'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove devices from the inventory (their job history stays)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l path -d 'Where to write it [default: --config, else $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Replace an existing file'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l print -d 'Print the template to stdout instead of writing a file'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l since -d 'Only entries newer than this: a duration (`24h`, `7d`) or an RFC 3339 time' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l limit -d 'At most this many entries (the newest)' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l listen -d 'Address to listen on' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -f -a "dispatch" -d 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -f -a "ingest" -d 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -f -a "publish-statuses" -d 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and not __fish_seen_subcommand_from dispatch ingest publish-statuses help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l jobs -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l batch -d 'Jobs per dispatch transaction' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l payloads -d 'Also write the command payloads here, one per line (for mosquitto_pub -l)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l max-rate -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l metrics-addr -d 'Serve Prometheus metrics on this address while running' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from dispatch" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l messages -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l jobs -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l timeout -d 'Give up after this many seconds' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l metrics-addr -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l prepare
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from ingest" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l messages -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l jobs -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from publish-statuses" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from help" -f -a "dispatch" -d 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from help" -f -a "ingest" -d 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from help" -f -a "publish-statuses" -d 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would'
complete -c otactl -n "__fish_otactl_using_subcommand mqtt-bench; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l dir -d 'The project directory; files go to DIR/completions and DIR/man' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand generate" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand generate" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand generate" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "fleet" -d 'The device inventory: import, list, show, remove'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "config" -d 'The config file and the settings in effect'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "audit" -d 'Who changed what, and when'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "broker" -d 'Run an MQTT broker in this process (loopback by default)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "mqtt-bench" -d 'Benchmark drivers for the MQTT transport (scratch stores only)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "generate" -d 'Regenerate shell completions and man pages (for packagers)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet config audit broker mqtt-bench generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "import" -d 'Import devices from a CSV or JSON file (all rows or none)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "list" -d 'List devices, optionally filtered by a selector'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "show" -d 'Show one device with its job history and latest statuses'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "remove" -d 'Remove devices from the inventory (their job history stays)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from mqtt-bench" -f -a "dispatch" -d 'Seed N pending jobs, dispatch them (sign, outbox, publish, PUBACK, mark sent) and report the rate'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from mqtt-bench" -f -a "ingest" -d 'Ingest status messages until N were handled and report the rate. With `--prepare`, seed the jobs and register the persistent subscription, then exit'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from mqtt-bench" -f -a "publish-statuses" -d 'Publish N status messages (QoS 1) for jobs seeded by `ingest --prepare`, as devices would'
