//! One suite, every server: each test body here takes the server [`Kind`] and runs
//! once against s3s-fs and once against moto (`s3_servers::client::moto::…`), so a
//! difference between servers shows as a failing test, not as a branch in otactl.
//! What a server cannot check (moto checks no signature) is skipped for that server
//! with the reason printed, never passed.
//!
//! [`Kind`]: crate::common::s3::Kind

/// One test per server for each body: sync bodies `fn name(kind: Kind)` and async
/// ones `async fn name(kind: Kind)`, generated as `s3s_fs::name` and `moto::name`.
macro_rules! on_each_server {
    ($(sync: [$($name:ident),* $(,)?])? $(async: [$($aname:ident),* $(,)?])?) => {
        on_each_server!(@one s3s_fs, S3sFs, [$($($name),*)?], [$($($aname),*)?]);
        on_each_server!(@one moto, Moto, [$($($name),*)?], [$($($aname),*)?]);
    };
    (@one $module:ident, $kind:ident, [$($name:ident),*], [$($aname:ident),*]) => {
        mod $module {
            use crate::common::s3::Kind;
            $(
                #[test]
                fn $name() {
                    super::$name(Kind::$kind)
                }
            )*
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $aname() {
                    super::$aname(Kind::$kind).await
                }
            )*
        }
    };
}

mod cli;
mod client;
