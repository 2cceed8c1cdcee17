//! `hirekit-mock [--port N] [--allow-live-keys] [--token-lifetime SECONDS]
//! [--header-read-timeout SECONDS] [--specs DIR]`: serves the JobMojito and JOFI mock on
//! loopback until interrupted. A header-read timeout of 0 turns the limit off.

use std::process::ExitCode;
use std::time::Duration;

use hirekit_mock::{Config, MockServer};

fn usage() -> &'static str {
    "usage: hirekit-mock [--port N] [--allow-live-keys] [--token-lifetime SECONDS] \
     [--header-read-timeout SECONDS] [--specs DIR]"
}

fn parse(args: &[String]) -> Result<(Config, u16), String> {
    let mut config = Config::default();
    let mut port = 4010;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{}", usage()))
        };
        match arg.as_str() {
            "--port" => {
                let v = value("--port")?;
                port = v
                    .parse()
                    .map_err(|_| format!("--port: `{v}` is not a port number"))?;
            }
            "--token-lifetime" => {
                let v = value("--token-lifetime")?;
                let secs: u64 = v
                    .parse()
                    .map_err(|_| format!("--token-lifetime: `{v}` is not a number of seconds"))?;
                config.token_lifetime = Duration::from_secs(secs);
            }
            "--header-read-timeout" => {
                let v = value("--header-read-timeout")?;
                let secs: u64 = v.parse().map_err(|_| {
                    format!("--header-read-timeout: `{v}` is not a number of seconds")
                })?;
                config.header_read_timeout = (secs > 0).then(|| Duration::from_secs(secs));
            }
            "--specs" => config.specs_dir = Some(value("--specs")?.into()),
            "--allow-live-keys" => config.allow_live_keys = true,
            "-h" | "--help" => return Err(usage().to_string()),
            other => return Err(format!("unknown argument `{other}`\n{}", usage())),
        }
    }
    Ok((config, port))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (config, port) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let server = match MockServer::start_with(config, port).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("hirekit-mock: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("hirekit-mock listening on {}", server.base_url());
    println!("  JOFI                 {}", server.jofi_url());
    println!("  JobMojito Functions  {}", server.functions_url());
    println!("  JobMojito Tables     {}/rest/v1", server.tables_url());
    println!("  Supabase auth        {}/auth/v1", server.tables_url());
    println!("  control              {}/__mock/", server.base_url());
    let _ = tokio::signal::ctrl_c().await;
    server.shutdown().await;
    ExitCode::SUCCESS
}
