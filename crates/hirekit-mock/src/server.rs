//! The HTTP side: accepting connections, the request pipeline, faults, and writing answers.

use std::future::Future as _;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{HeaderMap, Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::json;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

use crate::call::Call;
use crate::faults::{FaultKind, FaultSpec};
use crate::log::Logged;
use crate::reply::{self, Reply, ReplyBody};
use crate::router::{Api, Match, parse_query};
use crate::shared::{Counters, Shared, lock};
use crate::validate::RawBody;
use crate::{conform, control, functions, jofi, multipart, tables};

/// The body type of every answer.
pub type Body = Pin<Box<dyn HttpBody<Data = Bytes, Error = Dropped> + Send + Sync>>;

/// Returned instead of an answer to make hyper close the connection without one.
#[derive(Debug)]
pub struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped on purpose")
    }
}

impl std::error::Error for Dropped {}

/// Accepts connections until `shutdown` fires, then closes every open connection.
pub async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Out of file descriptors or a reset during accept: back off briefly
                    // instead of spinning.
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                Counters::bump(&shared.counters.connections);
                let shared = shared.clone();
                connections.spawn(async move {
                    let mut builder = http1::Builder::new();
                    // hyper enforces a header-read timeout only with a timer; without one a
                    // client that sends half a request line holds the connection forever.
                    builder
                        .keep_alive(true)
                        .timer(TokioTimer::new())
                        .header_read_timeout(shared.config.header_read_timeout);
                    let service = service_fn(move |request| handle(shared.clone(), request));
                    // A client that goes away mid-request (or stalls past the header-read
                    // timeout) is not the mock's problem.
                    let _ = builder
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    connections.shutdown().await;
}

async fn handle(
    shared: Arc<Shared>,
    request: Request<Incoming>,
) -> Result<Response<Body>, Dropped> {
    Counters::bump(&shared.counters.requests);
    let (parts, body) = request.into_parts();
    let bytes = match Limited::new(body, shared.config.max_request_body)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(e)
            if e.downcast_ref::<http_body_util::LengthLimitError>()
                .is_some() =>
        {
            let api = crate::router::api_of_path(parts.uri.path());
            return Ok(respond(vendor_error(api, 413, "request body is too large")));
        }
        Err(_) => return Err(Dropped),
    };
    let path = parts.uri.path().to_string();
    let query = parse_query(parts.uri.query().unwrap_or(""));
    let method = parts.method.as_str().to_string();

    if let Some(rest) = path.strip_prefix("/__mock/") {
        return Ok(respond(control::handle(
            &shared,
            &method,
            rest,
            &query,
            &parts.headers,
            &bytes,
        )));
    }

    let found = shared.router.find(&method, &path, &query);
    let (operation_id, template) = match &found {
        Match::Found(route, _) => (
            Some(route.operation_id.clone()),
            Some(format!(
                "{}{}",
                route.api.prefix(),
                route.template.split('?').next().unwrap_or("")
            )),
        ),
        _ => (None, None),
    };
    let fault = lock(&shared.faults).take(&method, &path, template.as_deref());
    // Counted on arrival: a request whose client gives up before the answer still arrived.
    lock(&shared.log).arrived(&method, &path, operation_id.as_deref());
    let log = |status: u16| {
        lock(&shared.log).answered(Logged {
            method: method.clone(),
            path: path.clone(),
            operation_id: operation_id.clone(),
            status,
        });
    };

    let api = match &found {
        Match::Found(route, _) => Some(route.api),
        Match::MethodNotAllowed(api, _) => Some(*api),
        Match::NotFound(api) => *api,
    };
    if let Some(fault) = fault.as_ref().filter(|f| !f.after_handling) {
        if let FaultKind::Delay { ms } = fault.kind {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        } else {
            let answer = apply_fault(fault, api, None);
            log(answer.as_ref().map_or(0, |r| r.status().as_u16()));
            return answer;
        }
    }

    let reply = match found {
        Match::Found(route, params) => {
            let raw = raw_body(&parts.headers, bytes);
            let call = Call::new(&shared, route, &path, params, query, &parts.headers, raw);
            let reply = match route.api {
                Api::Jofi => jofi::serve(call),
                Api::Functions => functions::serve(call),
                Api::Tables => tables::serve(call),
            };
            match conform::check_reply(shared.api(route.api), route, &reply) {
                Ok(()) => reply,
                Err(problem) => {
                    // A mock bug, not a client bug: say so loudly, in the vendor's shape.
                    eprintln!(
                        "hirekit-mock: answer to {} does not match the spec: {problem}",
                        route.operation_id
                    );
                    vendor_error(
                        Some(route.api),
                        500,
                        format!("hirekit-mock answer does not match the spec: {problem}"),
                    )
                }
            }
        }
        // RFC 9110 requires a 405 to say what the path does allow; the list comes from the
        // spec's operations on the path, so it cannot disagree with the routes.
        Match::MethodNotAllowed(api, allowed) => vendor_error(
            Some(api),
            405,
            format!("method {method} is not allowed on {path}"),
        )
        .with_header("allow", allowed.join(", ")),
        Match::NotFound(api) => vendor_error(api, 404, format!("no operation at {path}")),
    };

    if let Some(fault) = fault.as_ref().filter(|f| f.after_handling) {
        if let FaultKind::Delay { ms } = fault.kind {
            tokio::time::sleep(Duration::from_millis(ms)).await;
        } else {
            let answer = apply_fault(fault, api, Some(&reply));
            log(answer.as_ref().map_or(0, |r| r.status().as_u16()));
            return answer;
        }
    }
    log(reply.status);
    Ok(respond(reply))
}

fn raw_body(headers: &HeaderMap, bytes: Bytes) -> RawBody {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    if let Some(boundary) = content_type.as_deref().and_then(multipart::boundary)
        && let Ok(fields) = multipart::parse(&bytes, &boundary)
    {
        return RawBody::Multipart(fields);
    }
    RawBody::Bytes(content_type, bytes)
}

/// An error in the shape of the API the path belongs to.
pub fn vendor_error(api: Option<Api>, status: u16, message: impl Into<String>) -> Reply {
    let message = message.into();
    match api {
        Some(Api::Jofi) => reply::jofi_error(status, message),
        Some(Api::Functions) => reply::functions_error(status, message, None),
        Some(Api::Tables) => reply::postgrest_error(status, "PGRST000", message),
        None => Reply::json(status, json!({ "error": message })),
    }
}

/// Writes a reply as an HTTP answer.
pub fn respond(reply: Reply) -> Response<Body> {
    let (content_type, data) = match reply.body {
        ReplyBody::Empty => (None, Bytes::new()),
        ReplyBody::Json(value) => (
            Some("application/json".to_string()),
            Bytes::from(serde_json::to_vec(&value).unwrap_or_default()),
        ),
        ReplyBody::Bytes { content_type, data } => (Some(content_type), data),
    };
    build(
        reply.status,
        content_type.as_deref(),
        &reply.headers,
        full(data),
    )
}

fn build(
    status: u16,
    content_type: Option<&str>,
    headers: &[(String, String)],
    body: Body,
) -> Response<Body> {
    let mut response = Response::new(body);
    *response.status_mut() =
        hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::INTERNAL_SERVER_ERROR);
    let map = response.headers_mut();
    if let Some(ct) = content_type
        && let Ok(value) = ct.parse()
    {
        map.insert(hyper::header::CONTENT_TYPE, value);
    }
    for (name, value) in headers {
        if let (Ok(name), Ok(value)) = (
            hyper::header::HeaderName::from_bytes(name.as_bytes()),
            hyper::header::HeaderValue::from_str(value),
        ) {
            map.append(name, value);
        }
    }
    response
}

fn full(data: Bytes) -> Body {
    Box::pin(Full::new(data).map_err(|never| match never {}))
}

/// A JSON document that stands in for the real answer when a fault replaces it before handling.
fn stand_in() -> Bytes {
    let rows: Vec<_> = (0..20)
        .map(|i| json!({ "id": i, "note": "hirekit-mock stand-in body for a fault" }))
        .collect();
    Bytes::from(serde_json::to_vec(&json!({ "data": rows })).unwrap_or_default())
}

fn apply_fault(
    fault: &FaultSpec,
    api: Option<Api>,
    reply: Option<&Reply>,
) -> Result<Response<Body>, Dropped> {
    let json_body = || match reply.map(|r| &r.body) {
        Some(ReplyBody::Json(value)) => Bytes::from(serde_json::to_vec(value).unwrap_or_default()),
        Some(ReplyBody::Bytes { data, .. }) => data.clone(),
        _ => stand_in(),
    };
    let json_type = Some("application/json");
    // A broken answer keeps the status the operation would have answered (a 201 for a
    // creation), so only the body is at fault.
    let ok = reply
        .map(|r| r.status)
        .filter(|s| (200..300).contains(s))
        .unwrap_or(200);
    Ok(match &fault.kind {
        FaultKind::Status {
            status,
            retry_after,
        } => {
            let mut error = vendor_error(api, *status, format!("injected fault: status {status}"));
            if let Some(value) = retry_after {
                error = error.with_header("retry-after", value.clone());
            }
            respond(error)
        }
        FaultKind::Html { status } => build(
            *status,
            Some("text/html; charset=utf-8"),
            &[],
            full(Bytes::from(format!(
                "<!DOCTYPE html><html><head><title>{status} Error</title></head>\
                 <body><h1>{status}</h1><p>The upstream server is unavailable.</p></body></html>"
            ))),
        ),
        FaultKind::Delay { .. } => respond(reply.cloned().unwrap_or_else(|| Reply::empty(200))),
        FaultKind::DropBeforeHeaders => return Err(Dropped),
        FaultKind::DropMidBody => {
            let data = json_body();
            let length = data.len().to_string();
            let half = data.slice(..data.len() / 2);
            build(
                ok,
                json_type,
                &[("content-length".to_string(), length)],
                Box::pin(Broken {
                    first: Some(half),
                    pause: Box::pin(tokio::time::sleep(Duration::from_millis(50))),
                }),
            )
        }
        FaultKind::TruncatedJson => {
            let data = json_body();
            build(ok, json_type, &[], full(data.slice(..data.len() / 2)))
        }
        FaultKind::InvalidJson => build(
            ok,
            json_type,
            &[],
            full(Bytes::from_static(b"<<not json>>")),
        ),
        FaultKind::Empty200 => build(ok, json_type, &[], full(Bytes::new())),
        FaultKind::WrongContentType => build(ok, Some("text/plain"), &[], full(json_body())),
        FaultKind::LargeBody { bytes } => build(
            ok,
            json_type,
            &[],
            Box::pin(Padding {
                head: true,
                left: bytes.saturating_sub(16),
                tail: true,
            }),
        ),
    })
}

/// What [`Padding`] repeats between its head and its tail.
static PADDING: [u8; 64 * 1024] = [b'x'; 64 * 1024];
const PADDING_HEAD: &[u8] = b"{\"padding\":\"";
const PADDING_TAIL: &[u8] = b"\"}";

/// The large-body fault's `{"padding":"xx…x"}`, sent in slices of one static buffer. Built in
/// memory, 50 MB took the unoptimized mock about a quarter of a second before the head could
/// leave, which a loaded machine stretched past the clients' request timeouts (and the
/// allocation showed in the resident memory other tests measure). The exact length it reports
/// becomes the `Content-Length`, as the built body's did.
struct Padding {
    head: bool,
    left: usize,
    tail: bool,
}

impl HttpBody for Padding {
    type Data = Bytes;
    type Error = Dropped;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Dropped>>> {
        let chunk = if self.head {
            self.head = false;
            Bytes::from_static(PADDING_HEAD)
        } else if self.left > 0 {
            let n = self.left.min(PADDING.len());
            self.left -= n;
            Bytes::from_static(&PADDING[..n])
        } else if self.tail {
            self.tail = false;
            Bytes::from_static(PADDING_TAIL)
        } else {
            return Poll::Ready(None);
        };
        Poll::Ready(Some(Ok(Frame::data(chunk))))
    }

    fn is_end_stream(&self) -> bool {
        !self.head && self.left == 0 && !self.tail
    }

    fn size_hint(&self) -> http_body::SizeHint {
        let head = if self.head { PADDING_HEAD.len() } else { 0 };
        let tail = if self.tail { PADDING_TAIL.len() } else { 0 };
        http_body::SizeHint::with_exact((head + self.left + tail) as u64)
    }
}

/// A body that yields one chunk and then fails, so hyper aborts the connection mid-body. The
/// pause between the two lets hyper flush the head and the chunk first; without it both can
/// be discarded together and the client sees a drop before headers instead.
struct Broken {
    first: Option<Bytes>,
    pause: Pin<Box<tokio::time::Sleep>>,
}

impl HttpBody for Broken {
    type Data = Bytes;
    type Error = Dropped;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Dropped>>> {
        if let Some(chunk) = self.first.take() {
            return Poll::Ready(Some(Ok(Frame::data(chunk))));
        }
        match self.pause.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(Dropped))),
            Poll::Pending => Poll::Pending,
        }
    }
}
