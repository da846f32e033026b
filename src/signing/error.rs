//! The single error type of the signing module.
//! Every failure has its own variant with a one-line message that says exactly what
//! failed, so the CLI can print it as is and tests can assert on the variant.

use std::io;

use super::minisign::KeyId;

/// Errors of key handling, signing and verification.
///
/// [`SigningError::is_verification_failure`] separates "the signed thing was checked
/// and rejected" (including a malformed signature, manifest or envelope, which come
/// from untrusted parties) from I/O errors and bad local input (key files, passwords,
/// arguments).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SigningError {
    // ---- I/O and local input ----------------------------------------------------
    /// Reading or writing a file failed.
    #[error("{context}: {source}")]
    Io {
        /// What was being done, e.g. "reading /path/fw.bin".
        context: String,
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// A public key (file or base64 string) could not be parsed.
    #[error("invalid public key: {0}")]
    InvalidPublicKey(String),
    /// A secret key file could not be parsed.
    #[error("invalid secret key: {0}")]
    InvalidSecretKey(String),
    /// The secret key is encrypted but no password was given.
    #[error("the secret key is encrypted: a password is required")]
    PasswordRequired,
    /// The password does not decrypt the secret key (checksum mismatch).
    #[error("wrong password for the secret key (checksum mismatch)")]
    WrongPassword,
    /// The scrypt parameters of a key file are unusable or too expensive.
    #[error("secret key encryption parameters rejected: {0}")]
    KdfParams(String),
    /// A key id string is not 16 hex characters.
    #[error("invalid key id {0:?}: expected 16 hex characters")]
    InvalidKeyId(String),
    /// A comment cannot be written into a signature file.
    #[error("invalid comment: {0}")]
    InvalidComment(String),
    /// The values given to build a manifest are unusable.
    #[error("invalid manifest input: {0}")]
    InvalidManifestInput(String),

    // ---- verification failures ------------------------------------------------
    /// The `.minisig` text is not a minisign signature.
    #[error("malformed signature file: {0}")]
    MalformedSignature(String),
    /// The signature names a key that is not among the trusted ones.
    #[error("signed by key {key_id} which is not trusted")]
    UntrustedKey {
        /// The key id the signature (or envelope) names.
        key_id: KeyId,
    },
    /// The file signature is invalid while the trusted comment is authentic:
    /// the file is not the one that was signed.
    #[error("signature does not match the file contents")]
    FileSignatureMismatch,
    /// The file signature is valid but the global signature is not: the trusted
    /// comment (or the global signature line) was altered.
    #[error("trusted comment was altered (global signature invalid)")]
    TrustedCommentAltered,
    /// Neither the file signature nor the global signature verifies: the signature
    /// line itself is corrupt, or was made by another key with the same id.
    #[error("signature is corrupt: neither the file signature nor the global signature verifies")]
    SignatureCorrupt,
    /// The trusted comment is not a parseable otactl manifest.
    #[error("trusted comment is not a valid otactl manifest: {0}")]
    InvalidManifest(String),
    /// The manifest has another `format` than `otactl-manifest/1`.
    #[error("unsupported manifest format {found:?} (expected \"otactl-manifest/1\")")]
    ManifestFormat {
        /// The format string found.
        found: String,
    },
    /// The file size differs from the manifest's (the file is truncated or extended).
    #[error("{}", size_message(*expected, *actual))]
    SizeMismatch {
        /// Size in the manifest.
        expected: u64,
        /// Size of the file.
        actual: u64,
    },
    /// The file's SHA-256 differs from the manifest's.
    #[error("sha256 mismatch: manifest says {expected}, file has {actual}")]
    Sha256Mismatch {
        /// Lower-case hex from the manifest.
        expected: String,
        /// Lower-case hex of the file.
        actual: String,
    },
    /// The file signature is valid, yet the signed manifest describes another file:
    /// the signer produced an inconsistent manifest.
    #[error(
        "signed manifest does not describe the signed file: {field} is {in_manifest} in the manifest but {in_file} for the file"
    )]
    ManifestInconsistent {
        /// `"size"` or `"sha256"`.
        field: &'static str,
        /// Value in the manifest.
        in_manifest: String,
        /// Value computed from the file.
        in_file: String,
    },
    /// The manifest's `expires_at` is in the past.
    #[error("manifest expired at {expires_at} (now {now})")]
    Expired {
        /// RFC 3339 expiry from the manifest.
        expires_at: String,
        /// RFC 3339 "now" used for the check.
        now: String,
    },
    /// A command envelope payload is not valid UTF-8.
    #[error("command envelope is not valid UTF-8")]
    EnvelopeNotUtf8,
    /// A command envelope payload is not JSON (or lacks the required fields).
    #[error("command envelope is not valid JSON: {0}")]
    EnvelopeNotJson(String),
    /// A command envelope has another `v` than 1.
    #[error("unsupported command envelope version {0} (expected 1)")]
    EnvelopeVersion(String),
    /// A command envelope field has a bad shape (key id or base64 signature).
    #[error("command envelope is malformed: {0}")]
    EnvelopeMalformed(String),
    /// The envelope signature does not verify over `cmd`.
    #[error("command envelope signature is invalid")]
    EnvelopeBadSignature,
}

fn size_message(expected: u64, actual: u64) -> String {
    if actual < expected {
        format!("file is truncated: manifest says {expected} bytes, file has {actual}")
    } else {
        format!("file is longer than signed: manifest says {expected} bytes, file has {actual}")
    }
}

impl SigningError {
    /// True when the signed object was examined and rejected (bad or malformed
    /// signature, manifest or envelope, untrusted key, expiry); false for I/O errors
    /// and bad local input (key files, passwords, arguments).
    pub fn is_verification_failure(&self) -> bool {
        match self {
            SigningError::Io { .. }
            | SigningError::InvalidPublicKey(_)
            | SigningError::InvalidSecretKey(_)
            | SigningError::PasswordRequired
            | SigningError::WrongPassword
            | SigningError::KdfParams(_)
            | SigningError::InvalidKeyId(_)
            | SigningError::InvalidComment(_)
            | SigningError::InvalidManifestInput(_) => false,
            SigningError::MalformedSignature(_)
            | SigningError::UntrustedKey { .. }
            | SigningError::FileSignatureMismatch
            | SigningError::TrustedCommentAltered
            | SigningError::SignatureCorrupt
            | SigningError::InvalidManifest(_)
            | SigningError::ManifestFormat { .. }
            | SigningError::SizeMismatch { .. }
            | SigningError::Sha256Mismatch { .. }
            | SigningError::ManifestInconsistent { .. }
            | SigningError::Expired { .. }
            | SigningError::EnvelopeNotUtf8
            | SigningError::EnvelopeNotJson(_)
            | SigningError::EnvelopeVersion(_)
            | SigningError::EnvelopeMalformed(_)
            | SigningError::EnvelopeBadSignature => true,
        }
    }

    /// Wraps an I/O error with what was being done.
    pub(crate) fn io(context: impl Into<String>, source: io::Error) -> Self {
        SigningError::Io {
            context: context.into(),
            source,
        }
    }
}
