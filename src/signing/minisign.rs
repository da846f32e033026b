//! minisign key and signature files, byte-compatible with the stock `minisign` 0.11.
//! Firmware is signed in this format so that devices and operators can check it with
//! the stock tool; this module reads and writes its public keys, secret keys
//! (scrypt-encrypted or not) and `.minisig` files.

use std::fmt;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use blake2::digest::consts::U32;
use blake2::{Blake2b, Blake2b512, Digest};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::RngCore;
use rand::rngs::OsRng;

use super::error::SigningError;

/// Length of a key id in bytes.
pub const KEY_ID_LEN: usize = 8;
const SIGALG: &[u8; 2] = b"Ed";
const SIGALG_HASHED: &[u8; 2] = b"ED";
const KDFALG: &[u8; 2] = b"Sc";
const KDFNONE: &[u8; 2] = b"\0\0";
const CHKALG: &[u8; 2] = b"B2";
const COMMENT_PREFIX: &str = "untrusted comment: ";
const TRUSTED_COMMENT_PREFIX: &str = "trusted comment: ";
/// Untrusted comment minisign writes into signature files by default.
pub const DEFAULT_SIGNATURE_COMMENT: &str = "signature from minisign secret key";
const SECRET_KEY_COMMENT: &str = "minisign encrypted secret key";
/// Longest untrusted comment minisign reads back (its line buffer is 1024 bytes).
pub const MAX_UNTRUSTED_COMMENT_LEN: usize = 1024 - 1 - COMMENT_PREFIX.len() - 1;
/// Longest trusted comment minisign reads back (its line buffer is 8192 bytes).
pub const MAX_TRUSTED_COMMENT_LEN: usize = 8192 - 1 - TRUSTED_COMMENT_PREFIX.len() - 1;

const PK_STRUCT_LEN: usize = 2 + KEY_ID_LEN + 32;
const SIG_STRUCT_LEN: usize = 2 + KEY_ID_LEN + 64;
const SALT_LEN: usize = 32;
const KEYNUM_SK_LEN: usize = KEY_ID_LEN + 64 + 32;
const SK_STRUCT_LEN: usize = 2 + 2 + 2 + SALT_LEN + 8 + 8 + KEYNUM_SK_LEN;
// Offsets inside the secret key structure.
const SK_SALT: usize = 6;
const SK_OPS: usize = SK_SALT + SALT_LEN;
const SK_MEM: usize = SK_OPS + 8;
const SK_KEYNUM: usize = SK_MEM + 8;
const SK_SK: usize = SK_KEYNUM + KEY_ID_LEN;
const SK_CHK: usize = SK_SK + 64;

/// Largest scrypt memory (128 * r * N bytes) accepted from a key file: 4 GiB.
const MAX_KDF_MEMORY: u64 = 1 << 32;
/// Largest scrypt work (N * r * p) accepted from a key file: 8x minisign's default.
const MAX_KDF_WORK: u64 = 1 << 26;

/// The 8-byte id minisign gives a key pair, stored in keys and signatures.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub [u8; KEY_ID_LEN]);

impl KeyId {
    /// The bytes as stored in minisign files.
    pub fn as_bytes(&self) -> &[u8; KEY_ID_LEN] {
        &self.0
    }

    /// 16 upper-case hex digits, exactly as minisign prints the id (the bytes read
    /// as a little-endian u64, printed `%016llX`).
    pub fn to_hex(&self) -> String {
        format!("{:016X}", u64::from_le_bytes(self.0))
    }

    /// The id as minisign writes it in a `.pub` file's comment: upper-case hex
    /// without leading zeros (`%PRIX64`), so 1 key in 16 shows fewer than 16 digits.
    pub fn to_minisign_comment_hex(&self) -> String {
        format!("{:X}", u64::from_le_bytes(self.0))
    }

    /// Parses the 16-hex-digit form of [`KeyId::to_hex`] (either case).
    pub fn from_hex(s: &str) -> Result<KeyId, SigningError> {
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(SigningError::InvalidKeyId(s.to_owned()));
        }
        let v = u64::from_str_radix(s, 16).map_err(|_| SigningError::InvalidKeyId(s.to_owned()))?;
        Ok(KeyId(v.to_le_bytes()))
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({})", self.to_hex())
    }
}

/// Cost of the scrypt key derivation protecting a secret key, in libsodium's
/// `crypto_pwhash_scryptsalsa208sha256` terms (as stored in minisign key files).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KdfLimits {
    /// libsodium opslimit.
    pub opslimit: u64,
    /// libsodium memlimit, bytes.
    pub memlimit: u64,
}

impl KdfLimits {
    /// What `minisign -G` uses (libsodium's "sensitive" limits: N = 2^20, r = 8, p = 1,
    /// 1 GiB of memory, a few seconds).
    pub const SENSITIVE: KdfLimits = KdfLimits {
        opslimit: 33_554_432,
        memlimit: 1_073_741_824,
    };
    /// libsodium's "interactive" limits (N = 2^14, r = 8, p = 1, 16 MiB): fast, weaker.
    pub const INTERACTIVE: KdfLimits = KdfLimits {
        opslimit: 524_288,
        memlimit: 16_777_216,
    };

    /// scrypt (log2 N, r, p) as libsodium's `pickparams` derives them.
    pub fn scrypt_params(&self) -> (u32, u32, u32) {
        let opslimit = self.opslimit.max(32_768);
        let r: u64 = 8;
        let pick_log_n = |max_n: u64| {
            let mut n_log2 = 1u32;
            while n_log2 < 63 {
                if (1u64 << n_log2) > max_n / 2 {
                    break;
                }
                n_log2 += 1;
            }
            n_log2
        };
        if opslimit < self.memlimit / 32 {
            let max_n = opslimit / (r * 4);
            (pick_log_n(max_n), r as u32, 1)
        } else {
            let max_n = self.memlimit / (r * 128);
            let n_log2 = pick_log_n(max_n);
            let max_rp = ((opslimit / 4) / (1u64 << n_log2)).min(0x3fff_ffff);
            (n_log2, r as u32, (max_rp as u32) / r as u32)
        }
    }

    /// Derives `out.len()` bytes from the password and salt, refusing parameters that
    /// would take more than 4 GiB or 8x minisign's default work.
    fn derive(&self, password: &str, salt: &[u8], out: &mut [u8]) -> Result<(), SigningError> {
        let (log_n, r, p) = self.scrypt_params();
        let n = 1u64 << log_n;
        let memory = 128u64.saturating_mul(r as u64).saturating_mul(n);
        let work = n.saturating_mul(r as u64).saturating_mul(p as u64);
        if p == 0 || memory > MAX_KDF_MEMORY || work > MAX_KDF_WORK {
            return Err(SigningError::KdfParams(format!(
                "opslimit {} / memlimit {} give N=2^{log_n}, r={r}, p={p}",
                self.opslimit, self.memlimit
            )));
        }
        let log_n_u8 =
            u8::try_from(log_n).map_err(|_| SigningError::KdfParams("N too large".into()))?;
        let params = scrypt::Params::new(log_n_u8, r, p, 32).map_err(|e| {
            SigningError::KdfParams(format!("scrypt rejected N=2^{log_n}, r={r}, p={p}: {e}"))
        })?;
        scrypt::scrypt(password.as_bytes(), salt, &params, out)
            .map_err(|e| SigningError::KdfParams(format!("scrypt: {e}")))
    }
}

/// A minisign (Ed25519) public key with its key id.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey {
    key_id: KeyId,
    key: VerifyingKey,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({}, {})", self.key_id, self.to_base64())
    }
}

impl PublicKey {
    /// Builds a public key from its id and raw Ed25519 bytes.
    pub fn from_parts(key_id: KeyId, key: &[u8; 32]) -> Result<PublicKey, SigningError> {
        let key = VerifyingKey::from_bytes(key)
            .map_err(|_| SigningError::InvalidPublicKey("not a valid Ed25519 point".into()))?;
        Ok(PublicKey { key_id, key })
    }

    /// The key id.
    pub fn key_id(&self) -> KeyId {
        self.key_id
    }

    /// The key id as minisign prints it (16 upper-case hex).
    pub fn key_id_hex(&self) -> String {
        self.key_id.to_hex()
    }

    /// The Ed25519 key.
    pub fn verifying_key(&self) -> &VerifyingKey {
        &self.key
    }

    /// The one-line base64 form (`minisign -P` argument, second line of the file).
    pub fn to_base64(&self) -> String {
        let mut raw = [0u8; PK_STRUCT_LEN];
        raw[..2].copy_from_slice(SIGALG);
        raw[2..10].copy_from_slice(&self.key_id.0);
        raw[10..].copy_from_slice(self.key.as_bytes());
        B64.encode(raw)
    }

    /// Parses the one-line base64 form.
    pub fn from_base64(s: &str) -> Result<PublicKey, SigningError> {
        let raw = decode_exact::<PK_STRUCT_LEN>(s.trim()).ok_or_else(|| {
            SigningError::InvalidPublicKey("not the base64 of a minisign public key".into())
        })?;
        if &raw[..2] != SIGALG {
            return Err(SigningError::InvalidPublicKey(
                "unsupported signature algorithm".into(),
            ));
        }
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&raw[2..10]);
        let mut pk = [0u8; 32];
        pk.copy_from_slice(&raw[10..]);
        PublicKey::from_parts(KeyId(id), &pk)
    }

    /// The content of a `.pub` file, exactly as `minisign -G` writes it.
    pub fn to_file_text(&self) -> String {
        format!(
            "{COMMENT_PREFIX}minisign public key {}\n{}\n",
            self.key_id.to_minisign_comment_hex(),
            self.to_base64()
        )
    }

    /// Parses a `.pub` file (comment line + base64 line), or a bare base64 key.
    pub fn parse(text: &str) -> Result<PublicKey, SigningError> {
        let mut lines = text.split('\n').map(trim_eol);
        let first = lines.next().unwrap_or("");
        if first.starts_with("untrusted comment:") {
            let second = lines
                .next()
                .ok_or_else(|| SigningError::InvalidPublicKey("missing key line".into()))?;
            PublicKey::from_base64(second)
        } else {
            PublicKey::from_base64(first)
        }
    }

    /// Reads and parses a `.pub` file.
    pub fn load(path: impl AsRef<Path>) -> Result<PublicKey, SigningError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| SigningError::io(format!("reading public key {}", path.display()), e))?;
        PublicKey::parse(&text)
    }

    /// Verifies a raw Ed25519 signature (strict: rejects small-order points and
    /// non-canonical encodings, as libsodium does).
    pub(crate) fn verify_raw(&self, msg: &[u8], sig: &[u8; 64]) -> bool {
        let sig = Signature::from_bytes(sig);
        self.key.verify_strict(msg, &sig).is_ok()
    }
}

/// A minisign (Ed25519) secret key with its key id. Its `Debug` shows only the id.
#[derive(Clone)]
pub struct SecretKey {
    key_id: KeyId,
    key: SigningKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({}, ..)", self.key_id)
    }
}

impl SecretKey {
    /// A new random key pair with a random key id, as `minisign -G` makes.
    pub fn generate() -> SecretKey {
        let mut csprng = OsRng;
        let key = SigningKey::generate(&mut csprng);
        let mut id = [0u8; KEY_ID_LEN];
        csprng.fill_bytes(&mut id);
        SecretKey {
            key_id: KeyId(id),
            key,
        }
    }

    /// Builds a key from its id and 32-byte Ed25519 seed.
    pub fn from_seed(key_id: KeyId, seed: &[u8; 32]) -> SecretKey {
        SecretKey {
            key_id,
            key: SigningKey::from_bytes(seed),
        }
    }

    /// The key id.
    pub fn key_id(&self) -> KeyId {
        self.key_id
    }

    /// The key id as minisign prints it.
    pub fn key_id_hex(&self) -> String {
        self.key_id.to_hex()
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey {
            key_id: self.key_id,
            key: self.key.verifying_key(),
        }
    }

    /// The Ed25519 signing key.
    pub fn signing_key(&self) -> &SigningKey {
        &self.key
    }

    /// Pure Ed25519 signature of `msg`.
    pub(crate) fn sign_raw(&self, msg: &[u8]) -> [u8; 64] {
        self.key.sign(msg).to_bytes()
    }

    /// The content of a secret key file as `minisign -G` writes it: encrypted with
    /// minisign's default scrypt limits when a password is given, else unencrypted
    /// as `minisign -G -W` writes it (kdf algorithm and checksum all zero).
    pub fn to_file_text(&self, password: Option<&str>) -> Result<String, SigningError> {
        match password {
            Some(pw) => self.to_file_text_with_limits(pw, KdfLimits::SENSITIVE),
            None => Ok(self.file_text_from_struct(&self.unencrypted_struct())),
        }
    }

    /// An encrypted secret key file with the given scrypt limits.
    pub fn to_file_text_with_limits(
        &self,
        password: &str,
        limits: KdfLimits,
    ) -> Result<String, SigningError> {
        let mut raw = self.unencrypted_struct();
        raw[2..4].copy_from_slice(KDFALG);
        let mut salt = [0u8; SALT_LEN];
        OsRng.fill_bytes(&mut salt);
        raw[SK_SALT..SK_OPS].copy_from_slice(&salt);
        raw[SK_OPS..SK_MEM].copy_from_slice(&limits.opslimit.to_le_bytes());
        raw[SK_MEM..SK_KEYNUM].copy_from_slice(&limits.memlimit.to_le_bytes());
        let chk = checksum(&raw);
        raw[SK_CHK..].copy_from_slice(&chk);
        let mut stream = [0u8; KEYNUM_SK_LEN];
        limits.derive(password, &salt, &mut stream)?;
        for (b, s) in raw[SK_KEYNUM..].iter_mut().zip(stream.iter()) {
            *b ^= s;
        }
        let text = self.file_text_from_struct(&raw);
        wipe(&mut raw);
        wipe(&mut stream);
        Ok(text)
    }

    fn unencrypted_struct(&self) -> [u8; SK_STRUCT_LEN] {
        let mut raw = [0u8; SK_STRUCT_LEN];
        raw[..2].copy_from_slice(SIGALG);
        raw[2..4].copy_from_slice(KDFNONE);
        raw[4..6].copy_from_slice(CHKALG);
        raw[SK_KEYNUM..SK_SK].copy_from_slice(&self.key_id.0);
        raw[SK_SK..SK_CHK].copy_from_slice(&self.key.to_keypair_bytes());
        raw
    }

    fn file_text_from_struct(&self, raw: &[u8; SK_STRUCT_LEN]) -> String {
        format!(
            "{COMMENT_PREFIX}{SECRET_KEY_COMMENT}\n{}\n",
            B64.encode(raw)
        )
    }

    /// Whether a secret key file is password-protected.
    pub fn is_encrypted(text: &str) -> Result<bool, SigningError> {
        let raw = secret_struct_from_text(text)?;
        Ok(&raw[2..4] == KDFALG)
    }

    /// Parses a secret key file (minisign's, or ours). `password` is needed when the
    /// key is encrypted and ignored otherwise.
    pub fn parse(text: &str, password: Option<&str>) -> Result<SecretKey, SigningError> {
        let mut raw = secret_struct_from_text(text)?;
        let result = Self::from_struct(&mut raw, password);
        wipe(&mut raw);
        result
    }

    fn from_struct(
        raw: &mut [u8; SK_STRUCT_LEN],
        password: Option<&str>,
    ) -> Result<SecretKey, SigningError> {
        if &raw[..2] != SIGALG {
            return Err(SigningError::InvalidSecretKey(
                "unsupported signature algorithm".into(),
            ));
        }
        if &raw[4..6] != CHKALG {
            return Err(SigningError::InvalidSecretKey(
                "unsupported checksum algorithm".into(),
            ));
        }
        let kdf = [raw[2], raw[3]];
        if &kdf == KDFALG {
            let password = password.ok_or(SigningError::PasswordRequired)?;
            let mut ops = [0u8; 8];
            ops.copy_from_slice(&raw[SK_OPS..SK_MEM]);
            let mut mem = [0u8; 8];
            mem.copy_from_slice(&raw[SK_MEM..SK_KEYNUM]);
            let limits = KdfLimits {
                opslimit: u64::from_le_bytes(ops),
                memlimit: u64::from_le_bytes(mem),
            };
            let mut salt = [0u8; SALT_LEN];
            salt.copy_from_slice(&raw[SK_SALT..SK_OPS]);
            let mut stream = [0u8; KEYNUM_SK_LEN];
            limits.derive(password, &salt, &mut stream)?;
            for (b, s) in raw[SK_KEYNUM..].iter_mut().zip(stream.iter()) {
                *b ^= s;
            }
            wipe(&mut stream);
            if checksum(raw) != raw[SK_CHK..] {
                return Err(SigningError::WrongPassword);
            }
        } else if &kdf == KDFNONE {
            // minisign -G -W leaves the checksum zero; check it when present.
            if raw[SK_CHK..].iter().any(|&b| b != 0) && checksum(raw) != raw[SK_CHK..] {
                return Err(SigningError::InvalidSecretKey("checksum mismatch".into()));
            }
        } else {
            return Err(SigningError::InvalidSecretKey(
                "unsupported key derivation function".into(),
            ));
        }
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&raw[SK_KEYNUM..SK_SK]);
        let mut pair = [0u8; 64];
        pair.copy_from_slice(&raw[SK_SK..SK_CHK]);
        let key = SigningKey::from_keypair_bytes(&pair);
        wipe(&mut pair);
        let key = key.map_err(|_| {
            SigningError::InvalidSecretKey("public half does not match the secret half".into())
        })?;
        Ok(SecretKey {
            key_id: KeyId(id),
            key,
        })
    }

    /// Reads and parses a secret key file.
    pub fn load(path: impl AsRef<Path>, password: Option<&str>) -> Result<SecretKey, SigningError> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| SigningError::io(format!("reading secret key {}", path.display()), e))?;
        SecretKey::parse(&text, password)
    }
}

fn secret_struct_from_text(text: &str) -> Result<[u8; SK_STRUCT_LEN], SigningError> {
    let mut lines = text.split('\n').map(trim_eol);
    let first = lines.next().unwrap_or("");
    if !first.starts_with(COMMENT_PREFIX) {
        return Err(SigningError::InvalidSecretKey(format!(
            "first line should start with \"{COMMENT_PREFIX}\""
        )));
    }
    let second = lines
        .next()
        .ok_or_else(|| SigningError::InvalidSecretKey("missing key line".into()))?;
    decode_exact::<SK_STRUCT_LEN>(second).ok_or_else(|| {
        SigningError::InvalidSecretKey("not the base64 of a minisign secret key".into())
    })
}

/// BLAKE2b-256 of sig_alg || key_id || sk, as minisign's `seckey_chk`.
fn checksum(raw: &[u8; SK_STRUCT_LEN]) -> [u8; 32] {
    let mut h = Blake2b::<U32>::new();
    h.update(&raw[..2]);
    h.update(&raw[SK_KEYNUM..SK_CHK]);
    h.finalize().into()
}

fn wipe(buf: &mut [u8]) {
    for b in buf.iter_mut() {
        *b = 0;
    }
    std::hint::black_box(buf);
}

/// Signature algorithm of a `.minisig` file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureAlgorithm {
    /// `ED`: Ed25519 over the BLAKE2b-512 of the file (what we write).
    Prehashed,
    /// `Ed`: legacy Ed25519 over the whole file.
    Legacy,
}

/// A parsed `.minisig` file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignatureFile {
    /// First line after `untrusted comment: ` (not authenticated).
    pub untrusted_comment: String,
    /// `ED` or `Ed`.
    pub algorithm: SignatureAlgorithm,
    /// Id of the signing key.
    pub key_id: KeyId,
    /// Ed25519 signature of the file (or of its BLAKE2b-512).
    pub signature: [u8; 64],
    /// Third line after `trusted comment: ` (covered by the global signature).
    pub trusted_comment: String,
    /// Ed25519 signature of `signature || trusted_comment`.
    pub global_signature: [u8; 64],
}

impl SignatureFile {
    /// Signs a file given its BLAKE2b-512 (algorithm `ED`), as `minisign -S` does.
    /// Comments must be one line each, within minisign's length limits.
    pub fn sign_prehashed(
        sk: &SecretKey,
        blake2b512: &[u8; 64],
        trusted_comment: &str,
        untrusted_comment: &str,
    ) -> Result<SignatureFile, SigningError> {
        check_comment(untrusted_comment, MAX_UNTRUSTED_COMMENT_LEN, "untrusted")?;
        check_comment(trusted_comment, MAX_TRUSTED_COMMENT_LEN, "trusted")?;
        let signature = sk.sign_raw(blake2b512);
        let global_signature = sk.sign_raw(&global_message(&signature, trusted_comment));
        Ok(SignatureFile {
            untrusted_comment: untrusted_comment.to_owned(),
            algorithm: SignatureAlgorithm::Prehashed,
            key_id: sk.key_id(),
            signature,
            trusted_comment: trusted_comment.to_owned(),
            global_signature,
        })
    }

    /// Signs in-memory data (algorithm `ED`).
    pub fn sign_data(
        sk: &SecretKey,
        data: &[u8],
        trusted_comment: &str,
        untrusted_comment: &str,
    ) -> Result<SignatureFile, SigningError> {
        let hash: [u8; 64] = Blake2b512::digest(data).into();
        SignatureFile::sign_prehashed(sk, &hash, trusted_comment, untrusted_comment)
    }

    /// The `.minisig` text, 4 lines, as minisign writes it.
    pub fn to_text(&self) -> String {
        let mut raw = [0u8; SIG_STRUCT_LEN];
        raw[..2].copy_from_slice(match self.algorithm {
            SignatureAlgorithm::Prehashed => SIGALG_HASHED,
            SignatureAlgorithm::Legacy => SIGALG,
        });
        raw[2..10].copy_from_slice(&self.key_id.0);
        raw[10..].copy_from_slice(&self.signature);
        format!(
            "{COMMENT_PREFIX}{}\n{}\n{TRUSTED_COMMENT_PREFIX}{}\n{}\n",
            self.untrusted_comment,
            B64.encode(raw),
            self.trusted_comment,
            B64.encode(self.global_signature)
        )
    }

    /// Parses `.minisig` text. Like minisign, lines may end in `\r\n` and anything
    /// after the fourth line is ignored.
    pub fn parse(text: &str) -> Result<SignatureFile, SigningError> {
        let bad = |m: &str| SigningError::MalformedSignature(m.to_owned());
        let mut lines = text.split('\n').map(trim_eol);
        let untrusted = lines
            .next()
            .and_then(|l| l.strip_prefix(COMMENT_PREFIX))
            .ok_or_else(|| bad("first line should start with \"untrusted comment: \""))?;
        let sig_line = lines.next().ok_or_else(|| bad("signature line missing"))?;
        let raw = decode_exact::<SIG_STRUCT_LEN>(sig_line)
            .ok_or_else(|| bad("signature line is not valid base64 of a signature"))?;
        let algorithm = match [raw[0], raw[1]] {
            [b'E', b'D'] => SignatureAlgorithm::Prehashed,
            [b'E', b'd'] => SignatureAlgorithm::Legacy,
            _ => return Err(bad("unsupported signature algorithm")),
        };
        let trusted = lines
            .next()
            .and_then(|l| l.strip_prefix(TRUSTED_COMMENT_PREFIX))
            .ok_or_else(|| bad("third line should start with \"trusted comment: \""))?;
        let global_line = lines
            .next()
            .ok_or_else(|| bad("global signature line missing"))?;
        let global_signature = decode_exact::<64>(global_line)
            .ok_or_else(|| bad("global signature line is not valid base64 of a signature"))?;
        let mut key_id = [0u8; KEY_ID_LEN];
        key_id.copy_from_slice(&raw[2..10]);
        let mut signature = [0u8; 64];
        signature.copy_from_slice(&raw[10..]);
        Ok(SignatureFile {
            untrusted_comment: untrusted.to_owned(),
            algorithm,
            key_id: KeyId(key_id),
            signature,
            trusted_comment: trusted.to_owned(),
            global_signature,
        })
    }

    /// Whether the global signature (over the signature and trusted comment) verifies.
    pub fn global_signature_valid(&self, pk: &PublicKey) -> bool {
        pk.verify_raw(
            &global_message(&self.signature, &self.trusted_comment),
            &self.global_signature,
        )
    }

    /// Whether the file signature verifies, given the file's BLAKE2b-512 (for `ED`)
    /// or its full content (for `Ed`) through `content`, which is only called for `Ed`.
    pub fn file_signature_valid<'a>(
        &self,
        pk: &PublicKey,
        blake2b512: &[u8; 64],
        content: impl FnOnce() -> Option<&'a [u8]>,
    ) -> bool {
        match self.algorithm {
            SignatureAlgorithm::Prehashed => pk.verify_raw(blake2b512, &self.signature),
            SignatureAlgorithm::Legacy => match content() {
                Some(data) => pk.verify_raw(data, &self.signature),
                None => false,
            },
        }
    }

    /// Full minisign check of in-memory data against one key: key id, file signature,
    /// then global signature (minisign's order).
    pub fn verify_data(&self, pk: &PublicKey, data: &[u8]) -> Result<(), SigningError> {
        if self.key_id != pk.key_id() {
            return Err(SigningError::UntrustedKey {
                key_id: self.key_id,
            });
        }
        let hash: [u8; 64] = Blake2b512::digest(data).into();
        if !self.file_signature_valid(pk, &hash, || Some(data)) {
            return Err(SigningError::FileSignatureMismatch);
        }
        if !self.global_signature_valid(pk) {
            return Err(SigningError::TrustedCommentAltered);
        }
        Ok(())
    }
}

fn global_message(signature: &[u8; 64], trusted_comment: &str) -> Vec<u8> {
    let mut m = Vec::with_capacity(64 + trusted_comment.len());
    m.extend_from_slice(signature);
    m.extend_from_slice(trusted_comment.as_bytes());
    m
}

fn check_comment(c: &str, max: usize, which: &str) -> Result<(), SigningError> {
    if c.contains(['\n', '\r', '\0']) {
        return Err(SigningError::InvalidComment(format!(
            "{which} comment must be a single line without NUL"
        )));
    }
    if c.len() > max {
        return Err(SigningError::InvalidComment(format!(
            "{which} comment is {} bytes, minisign reads at most {max}",
            c.len()
        )));
    }
    Ok(())
}

/// Strips trailing `\r` (minisign's `trim` drops `\r` and `\n` at the end of a line).
fn trim_eol(line: &str) -> &str {
    line.trim_end_matches('\r')
}

/// Decodes standard padded base64 that must decode to exactly `N` bytes.
fn decode_exact<const N: usize>(s: &str) -> Option<[u8; N]> {
    // Reject oversized input before allocating.
    if s.len() > N.div_ceil(3) * 4 {
        return None;
    }
    let v = B64.decode(s).ok()?;
    v.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signing::testutil::*;

    #[test]
    fn kdf_params_match_libsodium() {
        assert_eq!(KdfLimits::SENSITIVE.scrypt_params(), (20, 8, 1));
        assert_eq!(KdfLimits::INTERACTIVE.scrypt_params(), (14, 8, 1));
        // opslimit < memlimit / 32 branch.
        let l = KdfLimits {
            opslimit: 1 << 20,
            memlimit: 1 << 30,
        };
        assert_eq!(l.scrypt_params(), (15, 8, 1));
        // Degenerate values do not panic.
        for (o, m) in [(0, 0), (u64::MAX, u64::MAX), (0, u64::MAX), (u64::MAX, 0)] {
            let _ = KdfLimits {
                opslimit: o,
                memlimit: m,
            }
            .scrypt_params();
        }
        let mut out = [0u8; 8];
        assert!(matches!(
            KdfLimits {
                opslimit: u64::MAX,
                memlimit: u64::MAX
            }
            .derive("pw", b"salt", &mut out),
            Err(SigningError::KdfParams(_))
        ));
    }

    #[test]
    fn key_id_hex() {
        let id = KeyId([0xe6, 0xf7, 0x13, 0x75, 0x3f, 0xdf, 0x77, 0xa5]);
        assert_eq!(id.to_hex(), "A577DF3F7513F7E6");
        assert_eq!(KeyId::from_hex("A577DF3F7513F7E6").unwrap(), id);
        assert_eq!(KeyId::from_hex("a577df3f7513f7e6").unwrap(), id);
        assert_eq!(KeyId([1, 0, 0, 0, 0, 0, 0, 0]).to_hex(), "0000000000000001");
        for bad in [
            "",
            "A577DF3F7513F7E",
            "A577DF3F7513F7E6A",
            "+577DF3F7513F7E6",
            "G577DF3F7513F7E6",
        ] {
            assert!(KeyId::from_hex(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn public_key_round_trip() {
        let sk = SecretKey::generate();
        let pk = sk.public_key();
        let text = pk.to_file_text();
        assert_eq!(PublicKey::parse(&text).unwrap(), pk);
        assert_eq!(PublicKey::parse(&text.replace('\n', "\r\n")).unwrap(), pk);
        assert_eq!(PublicKey::parse(&pk.to_base64()).unwrap(), pk);
        assert_eq!(pk.to_base64().len(), 56);
        assert!(text.starts_with(&format!(
            "untrusted comment: minisign public key {}\n",
            sk.public_key().key_id.to_minisign_comment_hex()
        )));
        assert!(matches!(
            PublicKey::parse("untrusted comment: x\n"),
            Err(SigningError::InvalidPublicKey(_))
        ));
        assert!(matches!(
            PublicKey::parse("RWQ="),
            Err(SigningError::InvalidPublicKey(_))
        ));
    }

    #[test]
    fn secret_key_round_trips() {
        let sk = SecretKey::generate();
        let plain = sk.to_file_text(None).unwrap();
        assert!(plain.starts_with("untrusted comment: minisign encrypted secret key\n"));
        assert!(!SecretKey::is_encrypted(&plain).unwrap());
        let back = SecretKey::parse(&plain, None).unwrap();
        assert_eq!(back.public_key(), sk.public_key());
        // The password is ignored for unencrypted keys.
        assert_eq!(
            SecretKey::parse(&plain, Some("x")).unwrap().public_key(),
            sk.public_key()
        );

        let enc = sk
            .to_file_text_with_limits("correct horse", KdfLimits::INTERACTIVE)
            .unwrap();
        assert!(SecretKey::is_encrypted(&enc).unwrap());
        let back = SecretKey::parse(&enc, Some("correct horse")).unwrap();
        assert_eq!(back.public_key(), sk.public_key());
        assert_eq!(back.key_id(), sk.key_id());
        assert!(matches!(
            SecretKey::parse(&enc, Some("wrong")),
            Err(SigningError::WrongPassword)
        ));
        assert!(matches!(
            SecretKey::parse(&enc, None),
            Err(SigningError::PasswordRequired)
        ));
        assert!(!format!("{sk:?}").contains(&B64.encode(sk.signing_key().to_bytes())));
    }

    #[test]
    fn secret_key_bad_inputs() {
        let sk = SecretKey::generate();
        let mut raw = sk.unencrypted_struct();
        raw[SK_SK] ^= 1; // seed no longer matches the public half
        let text = sk.file_text_from_struct(&raw);
        assert!(matches!(
            SecretKey::parse(&text, None),
            Err(SigningError::InvalidSecretKey(_))
        ));
        let mut raw = sk.unencrypted_struct();
        raw[2..4].copy_from_slice(b"Xx");
        let text = sk.file_text_from_struct(&raw);
        assert!(matches!(
            SecretKey::parse(&text, None),
            Err(SigningError::InvalidSecretKey(_))
        ));
        let mut raw = sk.unencrypted_struct();
        raw[SK_CHK] = 1; // non-zero, wrong checksum
        let text = sk.file_text_from_struct(&raw);
        assert!(matches!(
            SecretKey::parse(&text, None),
            Err(SigningError::InvalidSecretKey(_))
        ));
        assert!(matches!(
            SecretKey::parse("", None),
            Err(SigningError::InvalidSecretKey(_))
        ));
    }

    #[test]
    fn signature_file_round_trip_and_comments() {
        let sk = SecretKey::generate();
        let pk = sk.public_key();
        let sig = SignatureFile::sign_data(&sk, b"data", "tc\twith tab ", "uc").unwrap();
        let text = sig.to_text();
        assert_eq!(text.lines().count(), 4);
        let back = SignatureFile::parse(&text).unwrap();
        assert_eq!(back, sig);
        back.verify_data(&pk, b"data").unwrap();
        assert!(matches!(
            back.verify_data(&pk, b"datb"),
            Err(SigningError::FileSignatureMismatch)
        ));
        let crlf = SignatureFile::parse(&text.replace('\n', "\r\n")).unwrap();
        assert_eq!(crlf, sig);
        // Trailing content after the fourth line is ignored, as by minisign.
        assert_eq!(SignatureFile::parse(&format!("{text}junk\n")).unwrap(), sig);
        for bad in ["a\nb", "a\rb", "a\0b"] {
            assert!(matches!(
                SignatureFile::sign_data(&sk, b"", bad, "uc"),
                Err(SigningError::InvalidComment(_))
            ));
            assert!(matches!(
                SignatureFile::sign_data(&sk, b"", "tc", bad),
                Err(SigningError::InvalidComment(_))
            ));
        }
        let long = "x".repeat(MAX_TRUSTED_COMMENT_LEN + 1);
        assert!(matches!(
            SignatureFile::sign_data(&sk, b"", &long, "uc"),
            Err(SigningError::InvalidComment(_))
        ));
        SignatureFile::sign_data(&sk, b"", &long[1..], "uc").unwrap();
        for (i, missing) in text.lines().enumerate() {
            let cut: Vec<_> = text.lines().filter(|l| *l != missing).collect();
            assert!(SignatureFile::parse(&cut.join("\n")).is_err(), "line {i}");
        }
    }

    // ---- interop with the stock minisign binary ------------------------------

    #[test]
    fn reads_minisign_keys_and_ids_unencrypted() {
        if !have_minisign() {
            return;
        }
        let dir = TempDir::new("ms-u");
        let out = minisign_ok(&["-G", "-W", "-p", "k.pub", "-s", "k.key"], "", dir.path());
        let pub_text = std::fs::read_to_string(dir.join("k.pub")).unwrap();
        let pk = PublicKey::parse(&pub_text).unwrap();
        // Our rendering of the public key file is byte-identical to minisign's.
        assert_eq!(pk.to_file_text(), pub_text);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(&pk.to_base64()), "{stdout}");
        let first = pub_text.lines().next().unwrap();
        assert_eq!(
            first,
            format!(
                "untrusted comment: minisign public key {}",
                pk.key_id.to_minisign_comment_hex()
            )
        );

        let key_text = std::fs::read_to_string(dir.join("k.key")).unwrap();
        assert!(!SecretKey::is_encrypted(&key_text).unwrap());
        let sk = SecretKey::parse(&key_text, None).unwrap();
        assert_eq!(sk.public_key(), pk);
        // Our unencrypted rendering is byte-identical to `minisign -G -W`'s.
        assert_eq!(sk.to_file_text(None).unwrap(), key_text);

        // Sign with it; minisign verifies.
        std::fs::write(dir.join("f"), b"hello firmware").unwrap();
        let sig = SignatureFile::sign_data(
            &sk,
            b"hello firmware",
            "{\"a\":1}",
            DEFAULT_SIGNATURE_COMMENT,
        )
        .unwrap();
        std::fs::write(dir.join("f.minisig"), sig.to_text()).unwrap();
        let out = minisign_ok(&["-VQm", "f", "-p", "k.pub"], "", dir.path());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "{\"a\":1}\n");
    }

    #[test]
    fn reads_minisign_encrypted_key() {
        if !have_minisign() {
            return;
        }
        let dir = TempDir::new("ms-e");
        minisign_ok(
            &["-G", "-p", "k.pub", "-s", "k.key"],
            "pa55 word\npa55 word\n",
            dir.path(),
        );
        let pk = PublicKey::load(dir.join("k.pub")).unwrap();
        let key_text = std::fs::read_to_string(dir.join("k.key")).unwrap();
        assert!(SecretKey::is_encrypted(&key_text).unwrap());
        assert!(matches!(
            SecretKey::parse(&key_text, None),
            Err(SigningError::PasswordRequired)
        ));
        assert!(matches!(
            SecretKey::parse(&key_text, Some("pa55 wore")),
            Err(SigningError::WrongPassword)
        ));
        let sk = SecretKey::load(dir.join("k.key"), Some("pa55 word")).unwrap();
        assert_eq!(sk.public_key(), pk);

        std::fs::write(dir.join("f"), b"encrypted-key firmware").unwrap();
        let sig = SignatureFile::sign_data(
            &sk,
            b"encrypted-key firmware",
            "tc",
            DEFAULT_SIGNATURE_COMMENT,
        )
        .unwrap();
        std::fs::write(dir.join("f.minisig"), sig.to_text()).unwrap();
        minisign_ok(&["-Vm", "f", "-p", "k.pub"], "", dir.path());
    }

    #[test]
    fn minisign_reads_our_secret_keys() {
        if !have_minisign() {
            return;
        }
        let dir = TempDir::new("ms-ours");
        let sk = SecretKey::generate();
        std::fs::write(dir.join("plain.key"), sk.to_file_text(None).unwrap()).unwrap();
        // Encrypted with minisign's own default limits.
        std::fs::write(
            dir.join("enc.key"),
            sk.to_file_text(Some("s3cret")).unwrap(),
        )
        .unwrap();
        std::fs::write(dir.join("f"), b"signed by minisign with our key").unwrap();
        let expected_pub = sk.public_key().to_file_text();

        // minisign -R recreates the public key from our secret key files.
        minisign_ok(
            &["-R", "-s", "plain.key", "-p", "plain.pub"],
            "",
            dir.path(),
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("plain.pub")).unwrap(),
            expected_pub
        );
        minisign_ok(
            &["-R", "-s", "enc.key", "-p", "enc.pub"],
            "s3cret\n",
            dir.path(),
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("enc.pub")).unwrap(),
            expected_pub
        );

        // minisign signs with our encrypted key; we verify.
        minisign_ok(
            &["-S", "-s", "enc.key", "-m", "f", "-t", "tc"],
            "s3cret\n",
            dir.path(),
        );
        let text = std::fs::read_to_string(dir.join("f.minisig")).unwrap();
        let sig = SignatureFile::parse(&text).unwrap();
        sig.verify_data(&sk.public_key(), b"signed by minisign with our key")
            .unwrap();
        assert_eq!(sig.trusted_comment, "tc");
        // A wrong password is refused by minisign too.
        assert!(
            !minisign(
                &["-S", "-s", "enc.key", "-m", "f", "-x", "g.minisig"],
                "nope\n",
                dir.path()
            )
            .status
            .success()
        );
    }
}
