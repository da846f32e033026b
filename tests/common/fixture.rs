//! The fixture most rollout tests start from: a signing key, a signed firmware image
//! and a fleet of devices imported into the store, made through the binary as an
//! operator would.

use super::{Env, arg};
use std::path::PathBuf;

/// What [`Env::signed_fleet_with`] makes. The defaults ([`FleetSpec::new`]) are
/// `ecu@2.0.0` for stm32f4, counter 5, served from `fw/`, and `n` stm32f4 devices
/// `T0000…` on 1.0.0 with counter 1.
#[derive(Debug, Clone)]
pub struct FleetSpec {
    /// The image's path under the test directory.
    pub image: String,
    pub image_bytes: Vec<u8>,
    pub name: String,
    pub version: String,
    /// `--hw` of the signature: comma-separated hardware ids.
    pub hw: String,
    pub counter: u64,
    /// The fleet CSV to import (header included).
    pub fleet_csv: String,
}

impl FleetSpec {
    pub fn new(devices: usize) -> FleetSpec {
        let mut csv = String::from("id,hw,tags,firmware_version,counter\n");
        for i in 0..devices {
            csv.push_str(&format!("T{i:04},stm32f4,,1.0.0,1\n"));
        }
        FleetSpec {
            image: "fw/ecu-2.0.0.bin".into(),
            image_bytes: vec![7u8; 8192],
            name: "ecu".into(),
            version: "2.0.0".into(),
            hw: "stm32f4".into(),
            counter: 5,
            fleet_csv: csv,
        }
    }
}

/// A key in [`Env::key_dir`], a signed image and an imported fleet.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub image: PathBuf,
    pub name: String,
    pub version: String,
    /// `name@version`, as `rollout create --firmware` takes it.
    pub firmware: String,
    pub fleet_csv: PathBuf,
}

impl Env {
    /// `keys generate --unencrypted` into [`Env::key_dir`], which every later command
    /// of this test uses.
    pub fn generate_key(&mut self) {
        let dir = self.key_dir();
        self.add_env_var("OTACTL_KEY_DIR", dir);
        self.run(["keys", "generate", "--unencrypted"]).success();
    }

    /// A key, `ecu@2.0.0` signed, and `n` devices: [`FleetSpec::new`].
    pub fn signed_fleet(&mut self, n: usize) -> Fixture {
        self.signed_fleet_with(FleetSpec::new(n))
    }

    /// A key, the image of `spec` signed, and its fleet imported.
    pub fn signed_fleet_with(&mut self, spec: FleetSpec) -> Fixture {
        self.generate_key();
        let image = self.write(&spec.image, &spec.image_bytes);
        let counter = spec.counter.to_string();
        self.run([
            "firmware",
            "sign",
            arg(&image),
            "--name",
            &spec.name,
            "--version",
            &spec.version,
            "--hw",
            &spec.hw,
            "--counter",
            &counter,
        ])
        .success();
        let fleet_csv = self.write("fleet-fixture.csv", &spec.fleet_csv);
        self.run(["fleet", "import", arg(&fleet_csv)]).success();
        Fixture {
            image,
            firmware: format!("{}@{}", spec.name, spec.version),
            name: spec.name,
            version: spec.version,
            fleet_csv,
        }
    }
}
