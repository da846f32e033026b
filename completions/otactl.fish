# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_otactl_global_optspecs
    string join \n store= init config= profile= o/output= q/quiet no-color broker= topic-prefix= mqtt-client-id= mqtt-username= mqtt-ca= mqtt-cert= mqtt-key= s3-endpoint= bucket= region= s3-path-style= key= h/help V/version
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
complete -c otactl -n "__fish_otactl_needs_command" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_needs_command" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_needs_command" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_needs_command" -s V -l version -d 'Print version'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "fleet" -d 'The device inventory: import, list, show, remove'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "keys" -d 'Signing keys: generate, list, show, trust, untrust, default'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "firmware" -d 'Firmware images: sign, verify, list, show, upload, url'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "rollout" -d 'Rollouts: plan, create, list, status, watch, report, wait, pause, resume, abort, cancel, retry-failed, run'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "device" -d 'One device: history, update'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "config" -d 'The config file and the settings in effect: init, show, profiles, use'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "run" -d 'Run the engine: dispatch, ingest, time out, retry and gate every active rollout'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "demo" -d 'The whole job on embedded defaults: broker, store, key, firmware, simulated fleet'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "serve" -d 'The field kit: MQTT broker and artifact server (and the engine) in one process'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "audit" -d 'Who changed what, and when'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "store" -d 'The store itself: export, import (between stores), backup, restore'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "dead-letters" -d 'What the engine could not use: list, show, purge'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "completion" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "tui" -d 'A live dashboard: rollouts, gates, devices and events as they happen'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "broker" -d 'Run an MQTT broker in this process (loopback by default)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "simulate" -d 'Run simulated devices against the broker (demos, load tests)'
complete -c otactl -n "__fish_otactl_needs_command" -f -a "agent" -d 'Run the device agent of a gateway (install and health hooks, resumed downloads)'
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
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and not __fish_seen_subcommand_from import list show remove help" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s s -l select -d 'Remove every device a selector matches' -r
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l confirm-count -d 'The number of devices the selector matches, confirming a large removal' -r
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
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l all -d 'Remove every device in the inventory'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import devices from a CSV or JSON file (all rows or none)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "list" -d 'List devices, optionally filtered by a selector'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one device with its job history and latest statuses'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove devices from the inventory (their job history stays)'
complete -c otactl -n "__fish_otactl_using_subcommand fleet; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "generate" -d 'Generate a signing key pair (minisign format)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "list" -d 'List generated and trusted keys'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "show" -d 'Show a key\'s id (as minisign prints it) and public key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "trust" -d 'Trust a public key (a minisign .pub file) for verification'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "untrust" -d 'Stop trusting a public key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "default" -d 'Make a generated key the default signing key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and not __fish_seen_subcommand_from generate list show trust untrust default help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l name -d 'The key\'s name (files NAME.pub and NAME.key)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l password-file -d 'Read the password from the first line of this file' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l unencrypted -d 'Store the secret key unencrypted (test rigs only)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l default -d 'Make the new key the default signing key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from untrust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l dir -d 'The key directory [default: $OTACTL_KEY_DIR, else $XDG_CONFIG_HOME/otactl/keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from default" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate a signing key pair (minisign format)'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "list" -d 'List generated and trusted keys'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a key\'s id (as minisign prints it) and public key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "trust" -d 'Trust a public key (a minisign .pub file) for verification'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "untrust" -d 'Stop trusting a public key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "default" -d 'Make a generated key the default signing key'
complete -c otactl -n "__fish_otactl_using_subcommand keys; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "sign" -d 'Sign a firmware image: FILE.minisig with the manifest as trusted comment'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "verify" -d 'Verify a firmware image against its .minisig and print its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "list" -d 'List the firmware artifacts known to the store (--remote: against the bucket)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "show" -d 'Show one artifact (NAME@VERSION) with its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "upload" -d 'Upload a signed image to the S3 bucket (resumable, deduplicated)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "url" -d 'Print a presigned download URL for an uploaded artifact'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and not __fish_seen_subcommand_from sign verify list show upload url help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l name -d 'Firmware name (one anti-rollback counter per name)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l version -d 'Firmware version' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l counter -d 'Security counter, 0 to 2^63-1, above every earlier one of NAME [default: one more than the highest signed for NAME]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l hw -d 'Hardware ids the image installs on (comma-separated)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l expires -d 'The manifest expires after this long (e.g. 90d); devices refuse it after' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -s x -l sig -d 'Where to write the signature [default: FILE.minisig]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l password-file -d 'Read the key password from the first line of this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l force -d 'Replace an existing signature file'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -s x -l sig -d 'The signature [default: FILE.minisig]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -s p -l pubkey -d 'Public key(s) to accept (.pub files) [default: the trusted keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l remote -d 'Compare the bucket\'s contents with what the store knows'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -s x -l sig -d 'The signature [default: FILE.minisig]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l part-size -d 'Part size in MiB (at least 5); small parts lose less on a flaky uplink' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l concurrency -d 'Parts in flight at once (peak memory ≈ part size × concurrency)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l part-checksum -d 'The checksum each part carries' -r -f -a "crc32c\t'`x-amz-checksum-crc32c` (S3\'s flexible checksums): computed in hardware, checked by AWS S3 and MinIO'
md5\t'`Content-MD5`, for servers without flexible checksums; the part\'s ETag, when it is a plain MD5, must match it too'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l ttl -d 'How long the URL works (SigV4 allows at most 7 days)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign a firmware image: FILE.minisig with the manifest as trusted comment'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a firmware image against its .minisig and print its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the firmware artifacts known to the store (--remote: against the bucket)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one artifact (NAME@VERSION) with its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a signed image to the S3 bucket (resumable, deduplicated)'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print a presigned download URL for an uploaded artifact'
complete -c otactl -n "__fish_otactl_using_subcommand firmware; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "plan" -d 'Show the batches, devices and predicted timeline of a rollout, creating nothing'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "create" -d 'Create a rollout: firmware, selection, batches, gates, schedule'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "list" -d 'List rollouts'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "status" -d 'Progress of a rollout: per batch and per state, and its gates'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "watch" -d 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "report" -d 'A per-device report (json, csv or markdown)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "wait" -d 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "pause" -d 'Stop dispatching (devices already updating carry on)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "resume" -d 'Resume a paused rollout (--override --reason R passes the gate that holds it once)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "exclude" -d 'Take devices out of a rollout (cancelled, not counted by its gates)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "abort" -d 'Abort: cancel devices not yet dispatched, leave in-flight ones alone'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "cancel" -d 'Cancel the rollout (as abort, recorded as cancelled by the operator)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "retry-failed" -d 'New attempts for the failed and timed-out devices (never the rejected ones)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "run" -d 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and not __fish_seen_subcommand_from plan create list status watch report wait pause resume exclude abort cancel retry-failed run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l firmware -d 'The firmware to roll out, NAME@VERSION (signed and registered)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -s s -l select -d 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l batches -d 'Cumulative batch targets: counts or percentages of the selection' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l success-threshold -d 'Share of a batch that must succeed before the next starts' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l abort-threshold -d 'Share of failed, rejected and timed-out devices (among executed) that stops the rollout' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l abort-min -d 'The abort threshold applies once this many devices executed' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l abort-action -d 'What crossing the abort threshold does' -r -f -a "pause\t'Stop dispatching and wait for the operator (`rollout resume` or `abort`)'
abort\t'Cancel the devices not yet dispatched; leave in-flight ones alone'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l device-timeout -d 'A device silent this long is timed out: counted from its last message about the update (or the dispatch, before it says anything)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l offline-grace -d 'How long a device whose presence says offline keeps its job before it ends timed out as unreachable (retryable) [default: the --command-ttl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l confirm-timeout -d 'Confirmation after reboot: a device\'s `done` counts only once its inventory shows the new version (it stays done_unconfirmed, in flight for the gates); without one this long after `done` it fails (retryable). Off by default' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l stage-timeout -d 'How long a device may stay in one stage (downloading, flashing…)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l soak -d 'Wait this long after a batch passes before the next starts' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l start-at -d 'Start at this time (RFC 3339) instead of now; a past time is refused (`now` is now)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l window -d 'Dispatch only inside this window, e.g. \'Mon-Fri 02:00-05:00 Europe/Moscow\'' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l max-rate -d 'At most this many commands per minute (e.g. 500/min, 20/s, 600/h; at least 1/min)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l retries -d 'Retries of failed and timed-out devices (rejected ones are never retried)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l retry-backoff -d 'Wait before a device\'s first retry; each further retry waits twice as long' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l command-ttl -d 'How long a command stays valid on a device' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l assume-update-time -d 'Assumed time for one device to finish its update, for the timeline' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l emergency -d 'One batch, no window, no soak: for a fix that cannot wait'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l allow-downgrade -d 'Allow devices whose security counter is not below the firmware\'s'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l firmware -d 'The firmware to roll out, NAME@VERSION (signed and registered)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -s s -l select -d 'Which devices, e.g. `hw=stm32f4,tag=quarry-7,version<1.4.0` (`all` for every device)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l batches -d 'Cumulative batch targets: counts or percentages of the selection' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l success-threshold -d 'Share of a batch that must succeed before the next starts' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l abort-threshold -d 'Share of failed, rejected and timed-out devices (among executed) that stops the rollout' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l abort-min -d 'The abort threshold applies once this many devices executed' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l abort-action -d 'What crossing the abort threshold does' -r -f -a "pause\t'Stop dispatching and wait for the operator (`rollout resume` or `abort`)'
abort\t'Cancel the devices not yet dispatched; leave in-flight ones alone'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l device-timeout -d 'A device silent this long is timed out: counted from its last message about the update (or the dispatch, before it says anything)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l offline-grace -d 'How long a device whose presence says offline keeps its job before it ends timed out as unreachable (retryable) [default: the --command-ttl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l confirm-timeout -d 'Confirmation after reboot: a device\'s `done` counts only once its inventory shows the new version (it stays done_unconfirmed, in flight for the gates); without one this long after `done` it fails (retryable). Off by default' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l stage-timeout -d 'How long a device may stay in one stage (downloading, flashing…)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l soak -d 'Wait this long after a batch passes before the next starts' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l start-at -d 'Start at this time (RFC 3339) instead of now; a past time is refused (`now` is now)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l window -d 'Dispatch only inside this window, e.g. \'Mon-Fri 02:00-05:00 Europe/Moscow\'' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l max-rate -d 'At most this many commands per minute (e.g. 500/min, 20/s, 600/h; at least 1/min)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l retries -d 'Retries of failed and timed-out devices (rejected ones are never retried)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l retry-backoff -d 'Wait before a device\'s first retry; each further retry waits twice as long' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l command-ttl -d 'How long a command stays valid on a device' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l id -d 'The rollout\'s id [default: generated]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l artifact-url -d 'The artifact server the engine hands out images from (as `otactl run --artifact-url`): with it, an image that is not uploaded is accepted' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l emergency -d 'One batch, no window, no soak: for a fix that cannot wait'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l allow-downgrade -d 'Allow devices whose security counter is not below the firmware\'s'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l dry-run -d 'Check everything and print the plan, without creating'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l interval -d 'How often to look for changes when watching' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s w -l watch -d 'Keep printing as the rollout changes (NDJSON with --output json) until it ends'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l refresh -d 'Read the store at most this often while it changes' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l fps -d 'Frames per second' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l bench-frames -d 'Draw this many frames, then print frame times and CPU use as JSON (benchmarks; without a terminal it draws on a 200x50 screen in memory)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l engine -d 'Run the engine in this process too, instead of `otactl run` in another terminal'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l ascii -d 'Only ASCII symbols and bars (terminals without UTF-8) [default: from the locale]'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l format -d 'The report\'s format' -r -f -a "json\t''
csv\t''
md\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l timeout -d 'Give up after this long (exit 7)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l interval -d 'How often to look' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l reason -d 'Why the gate is overridden (recorded in the audit log)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l override -d 'Pass the current batch\'s gate once, whatever its count says'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l reason -d 'Why (recorded on each device\'s job and in the audit log)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from exclude" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from abort" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l artifact-url -d 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`\'s)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l password-file -d 'Read the signing key\'s password from this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from retry-failed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l artifact-url -d 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`\'s)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l password-file -d 'Read the signing key\'s password from this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l tick -d 'How often the engine looks at the store' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l metrics-addr -d 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l clock -d 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l max-duration -d 'Stop after this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l chunk -d 'Jobs per dispatch transaction' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l log-format -d 'The engine\'s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event\'s fields)' -r -f -a "text\t'`2026-11-23T02:00:00.123Z note: …`'
json\t'`{"ts":"2026-11-23T02:00:00.123Z","level":"info","msg":"…"}`'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Show the batches, devices and predicted timeline of a rollout, creating nothing'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a rollout: firmware, selection, batches, gates, schedule'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "list" -d 'List rollouts'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "status" -d 'Progress of a rollout: per batch and per state, and its gates'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "watch" -d 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "report" -d 'A per-device report (json, csv or markdown)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Stop dispatching (devices already updating carry on)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Resume a paused rollout (--override --reason R passes the gate that holds it once)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "exclude" -d 'Take devices out of a rollout (cancelled, not counted by its gates)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "abort" -d 'Abort: cancel devices not yet dispatched, leave in-flight ones alone'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel the rollout (as abort, recorded as cancelled by the operator)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "retry-failed" -d 'New attempts for the failed and timed-out devices (never the rejected ones)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)'
complete -c otactl -n "__fish_otactl_using_subcommand rollout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -f -a "history" -d 'A device\'s jobs and the statuses it reported, newest first'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -f -a "update" -d 'Update one device now: a rollout of one, run until it ends'
complete -c otactl -n "__fish_otactl_using_subcommand device; and not __fish_seen_subcommand_from history update help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l limit -d 'At most this many status messages' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l firmware -d 'The firmware, NAME@VERSION' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l retries -d 'Retries if it fails or times out' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l device-timeout -d 'The device is timed out when silent this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l artifact-url -d 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`\'s)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l password-file -d 'Read the signing key\'s password from this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l tick -d 'How often the engine looks at the store' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l metrics-addr -d 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l clock -d 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l max-duration -d 'Stop after this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l chunk -d 'Jobs per dispatch transaction' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l log-format -d 'The engine\'s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event\'s fields)' -r -f -a "text\t'`2026-11-23T02:00:00.123Z note: …`'
json\t'`{"ts":"2026-11-23T02:00:00.123Z","level":"info","msg":"…"}`'"
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l allow-downgrade -d 'Allow a security counter that does not grow'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l no-wait -d 'Only create the rollout (a running `otactl run` drives it)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "history" -d 'A device\'s jobs and the statuses it reported, newest first'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "update" -d 'Update one device now: a rollout of one, run until it ends'
complete -c otactl -n "__fish_otactl_using_subcommand device; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -f -a "profiles" -d 'List the config file\'s profiles: which is the default, which is in effect'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -f -a "use" -d 'Make a profile the file\'s default_profile'
complete -c otactl -n "__fish_otactl_using_subcommand config; and not __fish_seen_subcommand_from init show profiles use help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "profiles" -d 'List the config file\'s profiles: which is the default, which is in effect'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a profile the file\'s default_profile'
complete -c otactl -n "__fish_otactl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand run" -l artifact-url -d 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`\'s)' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l password-file -d 'Read the signing key\'s password from this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l tick -d 'How often the engine looks at the store' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l metrics-addr -d 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l clock -d 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l max-duration -d 'Stop after this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l chunk -d 'Jobs per dispatch transaction' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l log-format -d 'The engine\'s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event\'s fields)' -r -f -a "text\t'`2026-11-23T02:00:00.123Z note: …`'
json\t'`{"ts":"2026-11-23T02:00:00.123Z","level":"info","msg":"…"}`'"
complete -c otactl -n "__fish_otactl_using_subcommand run" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand run" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand run" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand run" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand run" -l until-done -d 'Stop when no rollout is active any more'
complete -c otactl -n "__fish_otactl_using_subcommand run" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand run" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand run" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l devices -d 'How many simulated trucks' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l timeout -d 'Give up after this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l headless -d 'Progress lines instead of the dashboard'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l keep -d 'Keep the demo\'s folder (store, key, firmware) and say where it is'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l listen -d 'MQTT broker address' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l artifacts -d 'The folder of firmware files to serve (required: only its regular files are served, never the current directory by default)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l http -d 'Artifact server address' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l public-url -d 'The base URL devices download from [default: http://ADDR of --http]' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l artifact-url -d 'Base URL of a local artifact server for firmware not in S3 (e.g. `otactl serve`\'s)' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l password-file -d 'Read the signing key\'s password from this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l tick -d 'How often the engine looks at the store' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l metrics-addr -d 'Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464)' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l clock -d 'Read schedules and windows from a simulated calendar: RFC3339[xSPEED] (rehearsals, tests)' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l max-duration -d 'Stop after this long' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l chunk -d 'Jobs per dispatch transaction' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l log-format -d 'The engine\'s log lines on stderr: text (each with its RFC 3339 time) or json (one object per line: ts, level, msg, and the event\'s fields)' -r -f -a "text\t'`2026-11-23T02:00:00.123Z note: …`'
json\t'`{"ts":"2026-11-23T02:00:00.123Z","level":"info","msg":"…"}`'"
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l no-broker -d 'Do not run a broker (use the configured --broker)'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l engine -d 'Also run the engine for every active rollout of the store'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -f -a "export" -d 'Write devices, statuses and the audit log to a file (or stdout)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -f -a "import" -d 'Merge an export into this store (idempotent: twice is the same as once)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -f -a "backup" -d 'Copy the whole store to a file, consistently, even while the engine runs'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -f -a "restore" -d 'Replace the whole store with a backup (stop the engine first)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and not __fish_seen_subcommand_from export import backup restore help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l since -d 'Only what changed since this time: RFC 3339, or a duration ago (e.g. 24h)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -s f -l file -d 'Write here (atomically, mode 0600) instead of stdout' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l password-file -d 'Read the signing key\'s password from the first line of this file (else OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write devices, statuses and the audit log to a file (or stdout)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "import" -d 'Merge an export into this store (idempotent: twice is the same as once)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Copy the whole store to a file, consistently, even while the engine runs'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Replace the whole store with a backup (stop the engine first)'
complete -c otactl -n "__fish_otactl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -f -a "list" -d 'Counts per reason and the latest dead letters'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -f -a "show" -d 'One dead letter with its payload'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -f -a "purge" -d 'Remove dead letters (older than --older-than, of --reason)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and not __fish_seen_subcommand_from list show purge help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l limit -d 'At most this many dead letters' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l older-than -d 'Only those older than this (e.g. 7d)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l reason -d 'Only those with this reason (see `dead-letters list`)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -s y -l yes -d 'Do not ask for confirmation'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from purge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from help" -f -a "list" -d 'Counts per reason and the latest dead letters'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from help" -f -a "show" -d 'One dead letter with its payload'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from help" -f -a "purge" -d 'Remove dead letters (older than --older-than, of --reason)'
complete -c otactl -n "__fish_otactl_using_subcommand dead-letters; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand completion" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand completion" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l rollout -d 'Focus this rollout [default: the newest active one]' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l refresh -d 'Read the store at most this often while it changes' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l fps -d 'Frames per second' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l bench-frames -d 'Draw this many frames, then print frame times and CPU use as JSON (benchmarks; without a terminal it draws on a 200x50 screen in memory)' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l engine -d 'Run the engine in this process too, instead of `otactl run` in another terminal'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l ascii -d 'Only ASCII symbols and bars (terminals without UTF-8) [default: from the locale]'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand tui" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand broker" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l devices -d 'How many devices' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l id-pattern -d 'Device ids: `{n:06}` is the device number from 0, zero-padded to 6 digits (another width: `{n:08}`)' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l hw -d 'Hardware ids with weights' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l firmware-version -d 'The firmware version devices start with' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l counter -d 'The anti-rollback counter devices start with' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l trust -d 'An operator public key devices trust (repeatable) [default: the trusted keys]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l state-file -d 'Remember versions, counters and seen command ids in this JSON file' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l latency -d 'Time in each stage [default: accepted=50ms..200ms,downloading=200ms..2s,verifying=50ms..300ms,flashing=500ms..3s,rebooting=500ms..2s]' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l fail-rate -d 'Probability that a stage fails (downloading, verifying, flashing, rebooting, all)' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l reject-rate -d 'Probability that a device declines a valid update' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l silent-rate -d 'Fraction of devices that never answer' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l rollback-rate -d 'Probability that a device reports done, then comes back on its old version' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l lost-rate -d 'Probability that a device says rebooting and never comes back' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l churn -d 'Offline churn: fraction of devices going offline per minute, and for how long' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l duplicate-rate -d 'Probability that a status message is sent twice' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l reorder-rate -d 'Probability that a status message is held back and sent after the next one' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l connections -d 'MQTT connections the devices share' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l client-prefix -d 'Client id prefix of the simulator\'s connections' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l write-fleet -d 'Write the devices as a CSV for `otactl fleet import`' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l duration -d 'Stop after this long (e.g. 10m) instead of waiting for Ctrl-C' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l stats-every -d 'Print counters this often' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l seed -d 'Seed of the fleet\'s make-up (hw mix, silent devices)' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l connection-per-device -d 'One MQTT connection (and last will) per device instead'
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand simulate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l agent-config -d 'A TOML file with `state_dir`, `trust`, `health_hook` and `[[device]]` tables (`id`, `hw`, `firmware_version`, `counter`, `install_hook`, `health_hook`)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l device-id -d 'This device\'s id (added to the file\'s devices)' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l hw -d 'Its hardware id' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l firmware-version -d 'The version it runs before its first update' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l counter -d 'The anti-rollback counter before its first update' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l install-hook -d 'The install hook (see above)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l health-hook -d 'The health hook run after a reboot' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l trust -d 'An operator public key (repeatable, for key rotation)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l state-dir -d 'Where the agent keeps its state and downloads' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l client-id -d 'MQTT client id [default: otactl-agent-FIRST_DEVICE_ID]' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l progress-every -d 'Least time between two download progress statuses' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l store -d 'The local store (SQLite) [default: $XDG_DATA_HOME/otactl/store.db]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l config -d 'The config file [default: $XDG_CONFIG_HOME/otactl/config.toml]' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l profile -d 'The config profile to use [default: the file\'s default_profile, else "default"]' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -s o -l output -d 'Output format: text for people, json for programs' -r -f -a "text\t'Human-readable text'
json\t'One JSON document (NDJSON for streaming commands)'"
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l broker -d 'MQTT broker URL: mqtt://host:port or mqtts://host:port' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l topic-prefix -d 'MQTT topic prefix [default: fleet]' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l mqtt-client-id -d 'MQTT client id (stable: the broker keeps our session under it) [default: otactl]' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l mqtt-username -d 'MQTT user name (the password comes from OTACTL_MQTT_PASSWORD or the profile)' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l mqtt-ca -d 'CA certificate (PEM) to trust for mqtts://' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l mqtt-cert -d 'Client certificate (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l mqtt-key -d 'Client private key (PEM) for mqtts:// with mutual TLS' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l s3-endpoint -d 'S3 endpoint URL (credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l bucket -d 'S3 bucket for firmware' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l region -d 'S3 region (also read: AWS_REGION, AWS_DEFAULT_REGION) [default: us-east-1]' -r
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l s3-path-style -d 'Address S3 objects as ENDPOINT/BUCKET/KEY (most S3-compatible servers) instead of BUCKET.ENDPOINT/KEY' -r -f -a "true\t''
false\t''"
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l key -d 'The secret key file to sign with (its password: OTACTL_KEY_PASSWORD or a prompt)' -r -F
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l print-unit -d 'Print the systemd unit file and exit'
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l init -d 'Create the store if it does not exist (read commands never create one otherwise)'
complete -c otactl -n "__fish_otactl_using_subcommand agent" -s q -l quiet -d 'Print only data and errors, no progress or notes'
complete -c otactl -n "__fish_otactl_using_subcommand agent" -l no-color -d 'No colors (also honoured: NO_COLOR)'
complete -c otactl -n "__fish_otactl_using_subcommand agent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "fleet" -d 'The device inventory: import, list, show, remove'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "keys" -d 'Signing keys: generate, list, show, trust, untrust, default'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "firmware" -d 'Firmware images: sign, verify, list, show, upload, url'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "rollout" -d 'Rollouts: plan, create, list, status, watch, report, wait, pause, resume, abort, cancel, retry-failed, run'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "device" -d 'One device: history, update'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "config" -d 'The config file and the settings in effect: init, show, profiles, use'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "run" -d 'Run the engine: dispatch, ingest, time out, retry and gate every active rollout'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "demo" -d 'The whole job on embedded defaults: broker, store, key, firmware, simulated fleet'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "serve" -d 'The field kit: MQTT broker and artifact server (and the engine) in one process'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "audit" -d 'Who changed what, and when'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "store" -d 'The store itself: export, import (between stores), backup, restore'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "dead-letters" -d 'What the engine could not use: list, show, purge'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "completion" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "tui" -d 'A live dashboard: rollouts, gates, devices and events as they happen'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "broker" -d 'Run an MQTT broker in this process (loopback by default)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "simulate" -d 'Run simulated devices against the broker (demos, load tests)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "agent" -d 'Run the device agent of a gateway (install and health hooks, resumed downloads)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and not __fish_seen_subcommand_from fleet keys firmware rollout device config run demo serve audit store dead-letters completion tui broker simulate agent help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "import" -d 'Import devices from a CSV or JSON file (all rows or none)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "list" -d 'List devices, optionally filtered by a selector'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "show" -d 'Show one device with its job history and latest statuses'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from fleet" -f -a "remove" -d 'Remove devices from the inventory (their job history stays)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "generate" -d 'Generate a signing key pair (minisign format)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "list" -d 'List generated and trusted keys'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "show" -d 'Show a key\'s id (as minisign prints it) and public key'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "trust" -d 'Trust a public key (a minisign .pub file) for verification'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "untrust" -d 'Stop trusting a public key'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from keys" -f -a "default" -d 'Make a generated key the default signing key'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "sign" -d 'Sign a firmware image: FILE.minisig with the manifest as trusted comment'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "verify" -d 'Verify a firmware image against its .minisig and print its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "list" -d 'List the firmware artifacts known to the store (--remote: against the bucket)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "show" -d 'Show one artifact (NAME@VERSION) with its manifest'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "upload" -d 'Upload a signed image to the S3 bucket (resumable, deduplicated)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from firmware" -f -a "url" -d 'Print a presigned download URL for an uploaded artifact'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "plan" -d 'Show the batches, devices and predicted timeline of a rollout, creating nothing'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "create" -d 'Create a rollout: firmware, selection, batches, gates, schedule'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "list" -d 'List rollouts'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "status" -d 'Progress of a rollout: per batch and per state, and its gates'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "watch" -d 'The live dashboard focused on one rollout (as `otactl tui --rollout ID`)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "report" -d 'A per-device report (json, csv or markdown)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "wait" -d 'Wait until a rollout ends (exit 0 completed, 6 aborted or failed, 7 timed out, 9 paused)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "pause" -d 'Stop dispatching (devices already updating carry on)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "resume" -d 'Resume a paused rollout (--override --reason R passes the gate that holds it once)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "exclude" -d 'Take devices out of a rollout (cancelled, not counted by its gates)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "abort" -d 'Abort: cancel devices not yet dispatched, leave in-flight ones alone'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "cancel" -d 'Cancel the rollout (as abort, recorded as cancelled by the operator)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "retry-failed" -d 'New attempts for the failed and timed-out devices (never the rejected ones)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from rollout" -f -a "run" -d 'Run the engine for this rollout until it ends (exit 0 completed, 6 aborted or failed)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "history" -d 'A device\'s jobs and the statuses it reported, newest first'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from device" -f -a "update" -d 'Update one device now: a rollout of one, run until it ends'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented config file to start from'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Show the settings in effect and where each came from (never a secret)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "profiles" -d 'List the config file\'s profiles: which is the default, which is in effect'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a profile the file\'s default_profile'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "export" -d 'Write devices, statuses and the audit log to a file (or stdout)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "import" -d 'Merge an export into this store (idempotent: twice is the same as once)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "backup" -d 'Copy the whole store to a file, consistently, even while the engine runs'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "restore" -d 'Replace the whole store with a backup (stop the engine first)'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from dead-letters" -f -a "list" -d 'Counts per reason and the latest dead letters'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from dead-letters" -f -a "show" -d 'One dead letter with its payload'
complete -c otactl -n "__fish_otactl_using_subcommand help; and __fish_seen_subcommand_from dead-letters" -f -a "purge" -d 'Remove dead letters (older than --older-than, of --reason)'
