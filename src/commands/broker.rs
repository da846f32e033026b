//! `otactl broker`: the embedded MQTT broker in the foreground, for a laptop demo or
//! a test bench without Mosquitto. Loopback unless told otherwise.

use super::Ctx;
use crate::error::{CliError, CliResult, ErrorKind};
use clap::Args;
use std::net::SocketAddr;

/// Run an MQTT broker in this process (MQTT 3.1.1, QoS 0/1, retained messages, last
/// wills, persistent sessions kept in memory) until interrupted.
///
/// It listens on loopback by default; it has no TLS and no authentication, so give
/// another address only on a trusted network.
///
///     otactl broker --listen 127.0.0.1:1883
#[derive(Debug, Args)]
pub struct BrokerArgs {
    /// Address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:1883")]
    pub listen: SocketAddr,
}

pub fn cmd_broker(ctx: &Ctx, args: &BrokerArgs) -> CliResult<()> {
    if std::net::TcpListener::bind(args.listen).is_err() {
        return Err(CliError::new(
            ErrorKind::Input,
            format!(
                "cannot listen on {}: the address is in use or not ours",
                args.listen
            ),
        )
        .with_hint("pick another --listen address, or stop what is listening there"));
    }
    let b = crate::mqtt::broker::start_on(args.listen)
        .map_err(|e| CliError::internal(format!("the embedded broker failed: {e}")))?;
    ctx.printer.info(format!(
        "broker listening on mqtt://{} (Ctrl-C to stop)",
        b.addr
    ));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async {
        let _ = tokio::signal::ctrl_c().await;
    });
    Ok(())
}
