//! Firmware and command signing for otactl: minisign-compatible keys and `.minisig`
//! files whose trusted comment is the release manifest, one-pass file hashing, and the
//! signed command envelope devices verify (see PROTOCOL.md).

pub mod envelope;
pub mod error;
pub mod hash;
pub mod manifest;
pub mod minisign;

use std::path::Path;

use time::OffsetDateTime;

pub use envelope::{sign_envelope, verify_envelope};
pub use error::SigningError;
pub use hash::{FileDigests, hash_bytes, hash_file, hash_reader};
pub use manifest::{MANIFEST_FORMAT, Manifest, ManifestParams};
pub use minisign::{KdfLimits, KeyId, PublicKey, SecretKey, SignatureAlgorithm, SignatureFile};

/// The result of [`sign_file`].
#[derive(Clone, Debug)]
pub struct SignedFile {
    /// The `.minisig` text (4 lines), verifiable by the stock `minisign -V`.
    pub minisig: String,
    /// The manifest carried as its trusted comment.
    pub manifest: Manifest,
    /// Size and digests of the file, from the one pass that signed it.
    pub digests: FileDigests,
}

/// Signs a firmware file: one pass computes size, BLAKE2b-512 and SHA-256; the
/// manifest gets size, sha256 and `created_at` = now; the signature is minisign `ED`.
pub fn sign_file(
    sk: &SecretKey,
    path: impl AsRef<Path>,
    params: &ManifestParams,
) -> Result<SignedFile, SigningError> {
    sign_file_at(sk, path, params, OffsetDateTime::now_utc())
}

/// [`sign_file`] with an explicit `created_at`.
pub fn sign_file_at(
    sk: &SecretKey,
    path: impl AsRef<Path>,
    params: &ManifestParams,
    created_at: OffsetDateTime,
) -> Result<SignedFile, SigningError> {
    let path = path.as_ref();
    let digests =
        hash_file(path).map_err(|e| SigningError::io(format!("reading {}", path.display()), e))?;
    let manifest = Manifest::new(params, &digests, created_at)?;
    let minisig = sign_manifest(sk, &digests, &manifest)?;
    Ok(SignedFile {
        minisig,
        manifest,
        digests,
    })
}

/// Signs a file's BLAKE2b-512 with the given manifest as trusted comment, without
/// checking that the manifest describes the file (for tooling and tests; use
/// [`sign_file`] normally).
pub fn sign_manifest(
    sk: &SecretKey,
    digests: &FileDigests,
    manifest: &Manifest,
) -> Result<String, SigningError> {
    let json = manifest.to_json()?;
    let sig = SignatureFile::sign_prehashed(
        sk,
        &digests.blake2b512,
        &json,
        minisign::DEFAULT_SIGNATURE_COMMENT,
    )?;
    Ok(sig.to_text())
}

/// Verifies a firmware file against its `.minisig` text and returns the manifest.
///
/// Both Ed25519 signatures are checked, then the failure is named precisely:
/// - key id not in `pks`: [`SigningError::UntrustedKey`];
/// - file signature good, global bad: [`SigningError::TrustedCommentAltered`];
/// - both bad: [`SigningError::SignatureCorrupt`];
/// - global good, file bad: [`SigningError::SizeMismatch`] when the (authentic)
///   manifest gives another size (truncated file), else
///   [`SigningError::FileSignatureMismatch`];
/// - both good: manifest parse ([`SigningError::InvalidManifest`] /
///   [`SigningError::ManifestFormat`]), then size and sha256 against the file
///   ([`SigningError::ManifestInconsistent`]: the signer signed a wrong manifest),
///   then expiry ([`SigningError::Expired`]).
///
/// Legacy (`Ed`) signatures are verified too; they need the whole file in memory.
pub fn verify_file(
    pks: &[PublicKey],
    path: impl AsRef<Path>,
    minisig: &str,
    now: OffsetDateTime,
) -> Result<Manifest, SigningError> {
    let path = path.as_ref();
    let sig = SignatureFile::parse(minisig)?;
    let pk = trusted_key(pks, &sig)?;
    let global_ok = sig.global_signature_valid(pk);
    let read_err = |e| SigningError::io(format!("reading {}", path.display()), e);
    let (digests, file_ok) = match sig.algorithm {
        SignatureAlgorithm::Prehashed => {
            let d = hash_file(path).map_err(read_err)?;
            let ok = sig.file_signature_valid(pk, &d.blake2b512, || None);
            (d, ok)
        }
        SignatureAlgorithm::Legacy => {
            let data = std::fs::read(path).map_err(read_err)?;
            let d = hash_bytes(&data);
            let ok = sig.file_signature_valid(pk, &d.blake2b512, || Some(&data));
            (d, ok)
        }
    };
    match (file_ok, global_ok) {
        (true, false) => Err(SigningError::TrustedCommentAltered),
        (false, false) => Err(SigningError::SignatureCorrupt),
        (false, true) => {
            if let Ok(m) = Manifest::parse(&sig.trusted_comment) {
                m.check_size(&digests)?;
            }
            Err(SigningError::FileSignatureMismatch)
        }
        (true, true) => {
            let m = Manifest::parse(&sig.trusted_comment)?;
            m.check_format()?;
            signed_size_matches(&m, digests.size)?;
            if m.sha256 != digests.sha256_hex() {
                return Err(SigningError::ManifestInconsistent {
                    field: "sha256",
                    in_manifest: m.sha256.clone(),
                    in_file: digests.sha256_hex(),
                });
            }
            m.check_expiry(now)?;
            Ok(m)
        }
    }
}

/// The key among `pks` that made `sig`.
fn trusted_key<'a>(
    pks: &'a [PublicKey],
    sig: &SignatureFile,
) -> Result<&'a PublicKey, SigningError> {
    pks.iter()
        .find(|k| k.key_id() == sig.key_id)
        .ok_or(SigningError::UntrustedKey { key_id: sig.key_id })
}

/// A file whose signature holds has the size its (authentic) manifest says, or the
/// signer signed a wrong manifest.
fn signed_size_matches(m: &Manifest, size: u64) -> Result<(), SigningError> {
    if m.size != size {
        return Err(SigningError::ManifestInconsistent {
            field: "size",
            in_manifest: m.size.to_string(),
            in_file: size.to_string(),
        });
    }
    Ok(())
}

/// Verifies a signed file from its bytes as they stream past, so that an upload
/// checks the bytes it reads for sending and reads the file once.
///
/// [`StreamVerifier::start`] checks everything that does not need the file: a
/// trusted key, the global signature over the manifest, the manifest's format and
/// expiry. [`StreamVerifier::finish`] then checks the file signature (BLAKE2b-512,
/// what minisign signs) and the size. The manifest's sha256 is not recomputed: the
/// signature binds these bytes to the signed manifest that carries it, and
/// `firmware verify` and the devices check it.
#[derive(Clone)]
pub struct StreamVerifier {
    pk: PublicKey,
    sig: SignatureFile,
    manifest: Manifest,
    blake: blake2::Blake2b512,
    size: u64,
}

impl std::fmt::Debug for StreamVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamVerifier")
            .field("key_id", &self.sig.key_id)
            .field("size", &self.size)
            .finish_non_exhaustive()
    }
}

/// What [`StreamVerifier::start`] found.
#[derive(Debug)]
pub enum StreamStart {
    /// The file's bytes still have to be checked, through the verifier.
    Pending(Manifest, Box<StreamVerifier>),
    /// Already verified in full (legacy `Ed` signatures need the whole file at once).
    Verified(Manifest),
}

impl StreamVerifier {
    /// Checks what needs no file bytes. A failure that needs the file to be named
    /// precisely (a bad global signature: altered comment or corrupt signature?) is
    /// reported by a full [`verify_file`], which reads it.
    pub fn start(
        pks: &[PublicKey],
        path: impl AsRef<Path>,
        minisig: &str,
        now: OffsetDateTime,
    ) -> Result<StreamStart, SigningError> {
        let sig = SignatureFile::parse(minisig)?;
        let pk = trusted_key(pks, &sig)?;
        if sig.algorithm == SignatureAlgorithm::Legacy || !sig.global_signature_valid(pk) {
            return verify_file(pks, path, minisig, now).map(StreamStart::Verified);
        }
        let manifest = Manifest::parse(&sig.trusted_comment)?;
        manifest.check_format()?;
        manifest.check_expiry(now)?;
        Ok(StreamStart::Pending(
            manifest.clone(),
            Box::new(StreamVerifier {
                pk: pk.clone(),
                sig,
                manifest,
                blake: blake2::Blake2b512::default(),
                size: 0,
            }),
        ))
    }

    /// The next bytes of the file, in order.
    pub fn update(&mut self, bytes: &[u8]) {
        use blake2::Digest as _;
        self.blake.update(bytes);
        self.size += bytes.len() as u64;
    }

    /// After the last byte: the file signature and the size.
    pub fn finish(self) -> Result<(), SigningError> {
        use blake2::Digest as _;
        let blake: [u8; 64] = self.blake.finalize().into();
        if !self.sig.file_signature_valid(&self.pk, &blake, || None) {
            return Err(SigningError::FileSignatureMismatch);
        }
        signed_size_matches(&self.manifest, self.size)
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Temporary directories and the stock `minisign` binary for interop tests.

    use std::path::{Path, PathBuf};
    use std::process::{Command, Output, Stdio};
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A directory under the system temp dir, removed on drop.
    pub struct TempDir(PathBuf);

    impl TempDir {
        pub fn new(tag: &str) -> TempDir {
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::env::temp_dir().join(format!(
                "otactl-signing-{tag}-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&p).expect("create temp dir");
            TempDir(p)
        }
        pub fn path(&self) -> &Path {
            &self.0
        }
        pub fn join(&self, name: &str) -> PathBuf {
            self.0.join(name)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// Whether the stock minisign binary is available; prints a note when it is not.
    pub fn have_minisign() -> bool {
        let ok = Command::new("minisign")
            .arg("-v")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if !ok && std::env::var_os("CI").is_some() {
            panic!(
                "minisign is not installed: CI must run the interop tests (apt-get install minisign)"
            );
        }
        if !ok {
            eprintln!(
                "NOTE: minisign binary not found; skipping interop test (apt-get install minisign)"
            );
        }
        ok
    }

    /// Runs minisign with `args`, feeding `stdin`.
    pub fn minisign(args: &[&str], stdin: &str, dir: &Path) -> Output {
        use std::io::Write;
        let mut child = Command::new("minisign")
            .args(args)
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn minisign");
        if let Some(mut si) = child.stdin.take() {
            let _ = si.write_all(stdin.as_bytes());
        }
        child.wait_with_output().expect("wait minisign")
    }

    /// Like [`minisign`] but panics with its output unless it succeeded.
    pub fn minisign_ok(args: &[&str], stdin: &str, dir: &Path) -> Output {
        let out = minisign(args, stdin, dir);
        assert!(
            out.status.success(),
            "minisign {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::*;
    use super::*;
    use time::macros::datetime;

    fn params() -> ManifestParams {
        ManifestParams {
            name: "engine-ecu".into(),
            version: "1.4.2".into(),
            counter: 42,
            hw: vec!["stm32f4".into(), "stm32f7".into()],
            expires_at: Some(datetime!(2030-01-01 0:00 UTC)),
        }
    }

    const NOW: OffsetDateTime = datetime!(2026-11-21 10:00 UTC);

    fn firmware(dir: &TempDir, len: usize) -> std::path::PathBuf {
        let data: Vec<u8> = (0..len).map(|i| (i * 7 + i / 251) as u8).collect();
        let p = dir.join("fw.bin");
        std::fs::write(&p, data).unwrap();
        p
    }

    struct Fixture {
        dir: TempDir,
        sk: SecretKey,
        fw: std::path::PathBuf,
        signed: SignedFile,
    }

    fn fixture(len: usize) -> Fixture {
        let dir = TempDir::new("mod");
        let sk = SecretKey::generate();
        let fw = firmware(&dir, len);
        let signed = sign_file_at(&sk, &fw, &params(), NOW).unwrap();
        Fixture {
            dir,
            sk,
            fw,
            signed,
        }
    }

    #[test]
    fn sign_verify_round_trip() {
        for len in [0, 1000, 5 << 20] {
            let f = fixture(len);
            assert_eq!(f.signed.digests, hash_file(&f.fw).unwrap());
            assert_eq!(f.signed.manifest.size, len as u64);
            assert_eq!(f.signed.manifest.sha256, f.signed.digests.sha256_hex());
            assert_eq!(f.signed.manifest.created_at, NOW);
            let m = verify_file(&[f.sk.public_key()], &f.fw, &f.signed.minisig, NOW).unwrap();
            assert_eq!(m, f.signed.manifest);
            let lines: Vec<_> = f.signed.minisig.lines().collect();
            assert_eq!(lines.len(), 4);
            assert_eq!(
                lines[0],
                "untrusted comment: signature from minisign secret key"
            );
            assert_eq!(
                lines[2],
                format!("trusted comment: {}", m.to_json().unwrap())
            );
        }
    }

    /// Streams `data` through a verifier in uneven pieces.
    fn stream(v: &StreamVerifier, data: &[u8]) -> Result<(), SigningError> {
        let mut v = v.clone();
        for piece in data.chunks(777_777) {
            v.update(piece);
        }
        v.finish()
    }

    #[test]
    fn stream_verifier_accepts_the_signed_bytes_only() {
        let f = fixture(2 << 20);
        let pks = [f.sk.public_key()];
        let data = std::fs::read(&f.fw).unwrap();
        let StreamStart::Pending(m, v) =
            StreamVerifier::start(&pks, &f.fw, &f.signed.minisig, NOW).unwrap()
        else {
            panic!("a prehashed signature is checked while streaming");
        };
        assert_eq!(m, f.signed.manifest);
        stream(&v, &data).unwrap();
        let mut flipped = data.clone();
        flipped[1 << 20] ^= 1;
        assert!(matches!(
            stream(&v, &flipped),
            Err(SigningError::FileSignatureMismatch)
        ));
        assert!(matches!(
            stream(&v, &data[..data.len() - 1]),
            Err(SigningError::FileSignatureMismatch)
        ));
    }

    #[test]
    fn stream_verifier_refuses_before_reading_what_needs_no_bytes() {
        let f = fixture(1000);
        let other = SecretKey::generate().public_key();
        assert!(matches!(
            StreamVerifier::start(&[other], &f.fw, &f.signed.minisig, NOW),
            Err(SigningError::UntrustedKey { .. })
        ));
        let pks = [f.sk.public_key()];
        assert!(matches!(
            StreamVerifier::start(
                &pks,
                &f.fw,
                &f.signed.minisig,
                datetime!(2031-01-01 0:00 UTC)
            ),
            Err(SigningError::Expired { .. })
        ));
        // An altered trusted comment is named as such (verify_file reads the file).
        let altered = f.signed.minisig.replace("engine-ecu", "engine-ecv");
        assert!(matches!(
            StreamVerifier::start(&pks, &f.fw, &altered, NOW),
            Err(SigningError::TrustedCommentAltered)
        ));
    }

    #[test]
    fn stock_minisign_verifies_ours_and_prints_manifest() {
        if !have_minisign() {
            return;
        }
        let f = fixture(3 << 20);
        std::fs::write(f.dir.join("k.pub"), f.sk.public_key().to_file_text()).unwrap();
        std::fs::write(f.dir.join("fw.bin.minisig"), &f.signed.minisig).unwrap();
        let out = minisign_ok(&["-Vm", "fw.bin", "-p", "k.pub"], "", f.dir.path());
        let stdout = String::from_utf8_lossy(&out.stdout);
        let json = f.signed.manifest.to_json().unwrap();
        assert!(
            stdout.contains(&format!("Trusted comment: {json}\n")),
            "{stdout}"
        );
        // -Q prints only the trusted comment: exactly our manifest line.
        let out = minisign_ok(&["-VQm", "fw.bin", "-p", "k.pub"], "", f.dir.path());
        assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{json}\n"));
        // And the stock tool rejects a tampered file.
        std::fs::write(&f.fw, b"other").unwrap();
        assert!(
            !minisign(&["-Vm", "fw.bin", "-p", "k.pub"], "", f.dir.path())
                .status
                .success()
        );
    }

    #[test]
    fn we_verify_stock_minisign_signatures() {
        if !have_minisign() {
            return;
        }
        let dir = TempDir::new("stock");
        let fw = firmware(&dir, 200_000);
        minisign_ok(&["-G", "-W", "-p", "u.pub", "-s", "u.key"], "", dir.path());
        let pk = PublicKey::load(dir.join("u.pub")).unwrap();
        let d = hash_file(&fw).unwrap();
        let m = Manifest::new(&params(), &d, NOW).unwrap();
        let json = m.to_json().unwrap();
        // Prehashed (default) with our manifest as trusted comment.
        minisign_ok(
            &["-S", "-s", "u.key", "-m", "fw.bin", "-t", &json],
            "",
            dir.path(),
        );
        let text = std::fs::read_to_string(dir.join("fw.bin.minisig")).unwrap();
        assert_eq!(
            SignatureFile::parse(&text).unwrap().algorithm,
            SignatureAlgorithm::Prehashed
        );
        assert_eq!(
            verify_file(std::slice::from_ref(&pk), &fw, &text, NOW).unwrap(),
            m
        );
        // Legacy (-l) too.
        minisign_ok(
            &[
                "-S",
                "-l",
                "-s",
                "u.key",
                "-m",
                "fw.bin",
                "-t",
                &json,
                "-x",
                "l.minisig",
            ],
            "",
            dir.path(),
        );
        let text = std::fs::read_to_string(dir.join("l.minisig")).unwrap();
        assert_eq!(
            SignatureFile::parse(&text).unwrap().algorithm,
            SignatureAlgorithm::Legacy
        );
        assert_eq!(
            verify_file(std::slice::from_ref(&pk), &fw, &text, NOW).unwrap(),
            m
        );
        // Default minisign trusted comment: signatures verify, but it is no manifest.
        minisign_ok(
            &["-S", "-s", "u.key", "-m", "fw.bin", "-x", "d.minisig"],
            "",
            dir.path(),
        );
        let text = std::fs::read_to_string(dir.join("d.minisig")).unwrap();
        let sig = SignatureFile::parse(&text).unwrap();
        sig.verify_data(&pk, &std::fs::read(&fw).unwrap()).unwrap();
        assert!(matches!(
            verify_file(&[pk], &fw, &text, NOW),
            Err(SigningError::InvalidManifest(_))
        ));
    }

    #[test]
    fn tamper_file_byte() {
        let f = fixture(10_000);
        let mut data = std::fs::read(&f.fw).unwrap();
        data[5000] ^= 1;
        std::fs::write(&f.fw, data).unwrap();
        let e = verify_file(&[f.sk.public_key()], &f.fw, &f.signed.minisig, NOW).unwrap_err();
        assert!(matches!(e, SigningError::FileSignatureMismatch), "{e}");
        assert_eq!(e.to_string(), "signature does not match the file contents");
        assert!(e.is_verification_failure());
    }

    #[test]
    fn tamper_trusted_comment() {
        let f = fixture(10_000);
        let altered = f.signed.minisig.replace("\"counter\":42", "\"counter\":43");
        assert_ne!(altered, f.signed.minisig);
        let e = verify_file(&[f.sk.public_key()], &f.fw, &altered, NOW).unwrap_err();
        assert!(matches!(e, SigningError::TrustedCommentAltered), "{e}");
        assert_eq!(
            e.to_string(),
            "trusted comment was altered (global signature invalid)"
        );
    }

    /// Flips one bit of the raw bytes behind base64 line `line` (0-based), at `byte`.
    fn flip_b64_line(text: &str, line: usize, byte: usize) -> String {
        use base64::Engine as _;
        use base64::engine::general_purpose::STANDARD as B64;
        let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let mut raw = B64.decode(&lines[line]).unwrap();
        raw[byte] ^= 0x10;
        lines[line] = B64.encode(raw);
        lines.join("\n") + "\n"
    }

    #[test]
    fn tamper_signature() {
        let f = fixture(10_000);
        let pks = [f.sk.public_key()];
        // A byte of the file signature (after "ED" and the key id).
        let altered = flip_b64_line(&f.signed.minisig, 1, 2 + 8 + 20);
        let e = verify_file(&pks, &f.fw, &altered, NOW).unwrap_err();
        assert!(matches!(e, SigningError::SignatureCorrupt), "{e}");
        // A byte of the global signature: the trusted comment is no longer covered.
        let altered = flip_b64_line(&f.signed.minisig, 3, 20);
        let e = verify_file(&pks, &f.fw, &altered, NOW).unwrap_err();
        assert!(matches!(e, SigningError::TrustedCommentAltered), "{e}");
        // A byte of the key id: not a trusted key any more.
        let altered = flip_b64_line(&f.signed.minisig, 1, 3);
        let e = verify_file(&pks, &f.fw, &altered, NOW).unwrap_err();
        assert!(matches!(e, SigningError::UntrustedKey { .. }), "{e}");
        // Garbage base64.
        let altered = f
            .signed
            .minisig
            .replacen("trusted comment: ", "trusted comment; ", 1);
        let e = verify_file(&pks, &f.fw, &altered, NOW).unwrap_err();
        assert!(matches!(e, SigningError::MalformedSignature(_)), "{e}");
        assert!(e.is_verification_failure());
    }

    #[test]
    fn wrong_key() {
        let f = fixture(10_000);
        let other = SecretKey::generate();
        let e = verify_file(&[other.public_key()], &f.fw, &f.signed.minisig, NOW).unwrap_err();
        assert!(
            matches!(e, SigningError::UntrustedKey { key_id } if key_id == f.sk.key_id()),
            "{e}"
        );
        assert_eq!(
            e.to_string(),
            format!("signed by key {} which is not trusted", f.sk.key_id_hex())
        );
        // A different key that claims the same id.
        let impostor = SecretKey::from_seed(f.sk.key_id(), &[9u8; 32]);
        let e = verify_file(&[impostor.public_key()], &f.fw, &f.signed.minisig, NOW).unwrap_err();
        assert!(matches!(e, SigningError::SignatureCorrupt), "{e}");
    }

    #[test]
    fn truncated_file() {
        let f = fixture(5 << 20);
        let data = std::fs::read(&f.fw).unwrap();
        std::fs::write(&f.fw, &data[..data.len() - 4096]).unwrap();
        let e = verify_file(&[f.sk.public_key()], &f.fw, &f.signed.minisig, NOW).unwrap_err();
        assert!(matches!(e, SigningError::SizeMismatch { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            format!(
                "file is truncated: manifest says {} bytes, file has {}",
                data.len(),
                data.len() - 4096
            )
        );
    }

    #[test]
    fn expired_manifest() {
        let f = fixture(1000);
        let later = datetime!(2030-01-01 0:00:01 UTC);
        let e = verify_file(&[f.sk.public_key()], &f.fw, &f.signed.minisig, later).unwrap_err();
        assert!(matches!(e, SigningError::Expired { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            "manifest expired at 2030-01-01T00:00:00Z (now 2030-01-01T00:00:01Z)"
        );
        let mut p = params();
        p.expires_at = None;
        let signed = sign_file_at(&f.sk, &f.fw, &p, NOW).unwrap();
        assert!(signed.minisig.contains("\"expires_at\":null}\n"));
        verify_file(
            &[f.sk.public_key()],
            &f.fw,
            &signed.minisig,
            datetime!(2100-01-01 0:00 UTC),
        )
        .unwrap();
    }

    #[test]
    fn manifest_disagreeing_with_file() {
        let f = fixture(1000);
        let pks = [f.sk.public_key()];
        let mut m = f.signed.manifest.clone();
        m.size += 1;
        let text = sign_manifest(&f.sk, &f.signed.digests, &m).unwrap();
        let e = verify_file(&pks, &f.fw, &text, NOW).unwrap_err();
        assert!(
            matches!(e, SigningError::ManifestInconsistent { field: "size", .. }),
            "{e}"
        );
        let mut m = f.signed.manifest.clone();
        m.sha256 = "0".repeat(64);
        let text = sign_manifest(&f.sk, &f.signed.digests, &m).unwrap();
        let e = verify_file(&pks, &f.fw, &text, NOW).unwrap_err();
        assert!(
            matches!(
                e,
                SigningError::ManifestInconsistent {
                    field: "sha256",
                    ..
                }
            ),
            "{e}"
        );
        let mut m = f.signed.manifest.clone();
        m.format = "otactl-manifest/9".into();
        let text = sign_manifest(&f.sk, &f.signed.digests, &m).unwrap();
        let e = verify_file(&pks, &f.fw, &text, NOW).unwrap_err();
        assert!(matches!(e, SigningError::ManifestFormat { .. }), "{e}");
    }

    #[test]
    fn io_errors_are_not_verification_failures() {
        let f = fixture(10);
        let e = verify_file(
            &[f.sk.public_key()],
            f.dir.join("missing"),
            &f.signed.minisig,
            NOW,
        )
        .unwrap_err();
        assert!(matches!(e, SigningError::Io { .. }), "{e}");
        assert!(!e.is_verification_failure());
        let e = sign_file(&f.sk, f.dir.join("missing"), &params()).unwrap_err();
        assert!(!e.is_verification_failure());
    }

    mod prop {
        use super::super::*;
        use proptest::prelude::*;

        fn all_parsers(s: &str) {
            let _ = SignatureFile::parse(s);
            let _ = PublicKey::parse(s);
            let _ = PublicKey::from_base64(s);
            let _ = SecretKey::parse(s, None);
            let _ = SecretKey::parse(s, Some("pw"));
            let _ = SecretKey::is_encrypted(s);
            let _ = Manifest::parse(s);
            let _ = KeyId::from_hex(s);
            let _ = verify_envelope(&[], s.as_bytes());
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]

            #[test]
            fn parsers_never_panic_on_strings(s in ".{0,300}") {
                all_parsers(&s);
            }

            #[test]
            fn parsers_never_panic_on_bytes(b in proptest::collection::vec(any::<u8>(), 0..400)) {
                all_parsers(&String::from_utf8_lossy(&b));
                let pk = SecretKey::from_seed(KeyId([1; 8]), &[2; 32]).public_key();
                let _ = verify_envelope(&[pk], &b);
            }

            #[test]
            fn structured_inputs_never_panic(
                uc in "[ -~]{0,20}",
                tc in "[ -~\\t]{0,60}",
                sig in proptest::collection::vec(any::<u8>(), 0..80),
                gsig in proptest::collection::vec(any::<u8>(), 0..70),
                crlf in any::<bool>(),
            ) {
                use base64::Engine as _;
                let b64 = base64::engine::general_purpose::STANDARD;
                let nl = if crlf { "\r\n" } else { "\n" };
                let mut s = sig.clone();
                if s.len() >= 2 { s[0] = b'E'; s[1] = if crlf { b'D' } else { b'd' }; }
                let text = format!(
                    "untrusted comment: {uc}{nl}{}{nl}trusted comment: {tc}{nl}{}{nl}",
                    b64.encode(&s), b64.encode(&gsig)
                );
                all_parsers(&text);
                let _ = verify_file(&[], "/nonexistent", &text, time::OffsetDateTime::UNIX_EPOCH);
                // Unencrypted-looking secret keys with random contents.
                let mut raw = sig.clone();
                raw.resize(158, 0);
                raw[..6].copy_from_slice(b"Ed\0\0B2");
                let sk_text = format!("untrusted comment: x\n{}\n", b64.encode(&raw));
                let _ = SecretKey::parse(&sk_text, None);
                let env = format!(
                    "{{\"v\":1,\"key_id\":\"0101010101010101\",\"cmd\":{:?},\"sig\":\"{}\"}}",
                    tc, b64.encode(&gsig)
                );
                let pk = SecretKey::from_seed(KeyId([1; 8]), &[2; 32]).public_key();
                let _ = verify_envelope(&[pk], env.as_bytes());
            }
        }
    }
}
