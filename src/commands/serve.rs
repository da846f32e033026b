//! `otactl serve`: the field kit. On a technician's laptop it runs the embedded MQTT
//! broker and the local artifact server together (and, with `--engine`, the engine),
//! so trucks on the laptop's Wi-Fi are updated with no central infrastructure.

use super::Ctx;
use super::engine::EngineArgs;
use crate::artifact_server::{ArtifactServer, Limits, raise_fd_limit};
use crate::config::{Setting, Source};
use crate::error::{CliError, CliResult, ErrorKind};
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Run the field kit: an MQTT broker and an artifact server in one process, and the
/// engine with --engine. Then, in another terminal on the same store:
/// `otactl device update TRUCK-0042 --firmware engine-ecu@1.4.2`.
///
/// Both listen on loopback by default. For trucks on the laptop's Wi-Fi, listen on the
/// Wi-Fi address and give the URL the trucks download from (neither has TLS or
/// authentication: use only on a network you trust):
///
///     otactl serve --listen 0.0.0.0:1883 --http 0.0.0.0:8080 \
///         --public-url http://192.168.4.1:8080 --artifacts ./firmware --engine
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// MQTT broker address
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:1883")]
    pub listen: SocketAddr,
    /// Do not run a broker (use the configured --broker)
    #[arg(long)]
    pub no_broker: bool,
    /// The folder of firmware files to serve (required: only its regular files are
    /// served, never the current directory by default)
    #[arg(long, value_name = "DIR")]
    pub artifacts: PathBuf,
    /// Artifact server address
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub http: SocketAddr,
    /// The base URL devices download from [default: http://ADDR of --http]
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Also run the engine for every active rollout of the store
    #[arg(long)]
    pub engine: bool,
    #[command(flatten)]
    pub engine_args: EngineArgs,
}

pub fn cmd_serve(ctx: &Ctx, a: &ServeArgs) -> CliResult<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let server = {
        let _guard = rt.enter();
        // As many descriptors as the system allows; the server takes at most half,
        // the rest stays for the broker's devices, the store and the engine.
        let nofile = raise_fd_limit();
        ArtifactServer::start_with(a.artifacts.clone(), a.http, Limits::for_fd_limit(nofile))?
    };
    let base = a.public_url.clone().unwrap_or_else(|| server.base_url());
    ctx.printer.info(format!(
        "artifacts from {} on {} (devices download from {base})",
        a.artifacts.display(),
        server.base_url()
    ));
    let mut mqtt = ctx.settings.mqtt.clone();
    if !a.no_broker {
        broker(a.listen)?;
        let host = if a.listen.ip().is_unspecified() {
            SocketAddr::from(([127, 0, 0, 1], a.listen.port()))
        } else {
            a.listen
        };
        mqtt.url = Setting {
            value: Some(format!("mqtt://{host}")),
            source: Source::Flag,
        };
        ctx.printer.info(format!(
            "MQTT broker on mqtt://{} (no TLS, no auth)",
            a.listen
        ));
    }
    if a.engine {
        // Devices download what is not in S3 from this server.
        let mut args = a.engine_args.clone();
        args.signing.artifact_url = Some(base);
        let o = args.options(None, false)?;
        let mut setup = args.setup(ctx)?;
        setup.mqtt = mqtt;
        let s = super::engine::run(ctx, &setup, &o, args.log_format)?;
        ctx.printer.info(format!(
            "stopped: {} dispatched, {} retried, {} timed out",
            s.dispatched, s.retried, s.timed_out
        ));
    } else {
        ctx.printer.info("Ctrl-C stops it");
        rt.block_on(async {
            let _ = tokio::signal::ctrl_c().await;
        });
    }
    server.stop();
    Ok(())
}

#[cfg(feature = "embedded-broker")]
fn broker(addr: SocketAddr) -> CliResult<()> {
    if std::net::TcpListener::bind(addr).is_err() {
        return Err(CliError::new(
            ErrorKind::Input,
            format!("cannot listen on {addr}: the address is in use or not ours"),
        )
        .with_hint("pick another --listen address, or --no-broker to use --broker"));
    }
    crate::mqtt::broker::start_on(addr)
        .map(|_| ())
        .map_err(|e| CliError::internal(format!("the embedded broker failed: {e}")))
}

#[cfg(not(feature = "embedded-broker"))]
fn broker(_addr: SocketAddr) -> CliResult<()> {
    Err(
        CliError::config("this otactl was built without the embedded broker")
            .with_hint("pass --no-broker and --broker URL, or build with the default features"),
    )
}
