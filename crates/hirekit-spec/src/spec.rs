//! A spec as data: loading it and walking its operations and schemas.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use serde_json::{Map, Value};

use crate::Error;
use crate::ext::{Extensions, HANDWRITTEN};
use crate::yaml::{self, Order};

/// The HTTP methods an OpenAPI path item may hold.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// How many `$ref` hops [`Spec::resolved`] follows before it calls the chain a loop.
const MAX_HOPS: usize = 32;

/// An OpenAPI document held as JSON, the form every reader of ours walks.
#[derive(Clone)]
pub struct Spec {
    /// How messages name the spec (its workspace-relative path).
    pub name: String,
    /// The document.
    pub value: Value,
    /// Document order of paths and of methods within them (the JSON map is sorted).
    order: HashMap<(String, &'static str), usize>,
}

impl std::fmt::Debug for Spec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The document is thousands of lines; its name is what a reader needs.
        f.debug_struct("Spec")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// Where a parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    /// In the path template.
    Path,
    /// In the query string.
    Query,
    /// As a request header.
    Header,
    /// As a cookie.
    Cookie,
}

impl Location {
    /// The spec's spelling (`path`, `query`, `header`, `cookie`).
    pub fn as_str(self) -> &'static str {
        match self {
            Location::Path => "path",
            Location::Query => "query",
            Location::Header => "header",
            Location::Cookie => "cookie",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        match text {
            "path" => Some(Location::Path),
            "query" => Some(Location::Query),
            "header" => Some(Location::Header),
            "cookie" => Some(Location::Cookie),
            _ => None,
        }
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One parameter of an operation, its `$ref` resolved.
#[derive(Debug, Clone, Copy)]
pub struct Parameter<'a> {
    /// The name (for a header, as the spec spells it).
    pub name: &'a str,
    /// Where it is sent.
    pub location: Location,
    /// Whether the request must carry it (always true for a path parameter).
    pub required: bool,
    /// Its schema as written (possibly a `$ref`); `None` if the spec gives none.
    pub schema: Option<&'a Value>,
    /// The parameter object.
    pub value: &'a Value,
}

impl<'a> Parameter<'a> {
    /// Its `x-…` extensions.
    pub fn extensions(&self) -> Extensions<'a> {
        Extensions::of(self.value)
    }
}

/// One media type of a request body or response.
#[derive(Debug, Clone, Copy)]
pub struct MediaType<'a> {
    /// The media type, e.g. `application/json`.
    pub name: &'a str,
    /// Its schema as written (possibly a `$ref`); `None` if the spec gives none.
    pub schema: Option<&'a Value>,
}

/// An operation's request body, its `$ref` resolved.
#[derive(Debug, Clone)]
pub struct RequestBody<'a> {
    /// Whether the request must carry a body.
    pub required: bool,
    /// The media types it may be sent as (sorted by name).
    pub content: Vec<MediaType<'a>>,
    /// The request body object.
    pub value: &'a Value,
}

impl<'a> RequestBody<'a> {
    /// The media type of this name, if declared.
    pub fn media(&self, name: &str) -> Option<MediaType<'a>> {
        self.content.iter().copied().find(|m| m.name == name)
    }
}

/// One declared response of an operation, its `$ref` resolved.
#[derive(Debug, Clone)]
pub struct Response<'a> {
    /// The status key as written: `200`, `4XX` or `default`.
    pub status: &'a str,
    /// The media types of its body (sorted by name); empty for a response without a body.
    pub content: Vec<MediaType<'a>>,
    /// The response object.
    pub value: &'a Value,
}

impl<'a> Response<'a> {
    /// The media type of this name, if declared.
    pub fn media(&self, name: &str) -> Option<MediaType<'a>> {
        self.content.iter().copied().find(|m| m.name == name)
    }

    /// The first JSON media type (`application/json` or a `…json` variant), if any.
    pub fn json(&self) -> Option<MediaType<'a>> {
        self.content
            .iter()
            .copied()
            .find(|m| m.name.contains("json"))
    }
}

/// One operation of a spec, with where it lives.
#[derive(Clone, Copy)]
pub struct Operation<'a> {
    /// The path template, exactly as written in the spec.
    pub path: &'a str,
    /// The lower-case HTTP method.
    pub method: &'static str,
    /// The operation object.
    pub value: &'a Value,
    /// The path item that holds it (with the parameters its operations share).
    pub item: &'a Value,
    spec: &'a Spec,
}

impl std::fmt::Debug for Operation<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} of {}", self.label(), self.spec.name)
    }
}

impl<'a> Operation<'a> {
    /// The spec it belongs to.
    pub fn spec(&self) -> &'a Spec {
        self.spec
    }

    /// The `operationId`, if the operation has one.
    pub fn id(&self) -> Option<&'a str> {
        self.value.get("operationId").and_then(Value::as_str)
    }

    /// The upper-case HTTP method.
    pub fn method_upper(&self) -> String {
        self.method.to_ascii_uppercase()
    }

    /// Its tags, in order.
    pub fn tags(&self) -> Vec<&'a str> {
        self.value
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| tags.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// Its `summary`, if any.
    pub fn summary(&self) -> Option<&'a str> {
        self.value.get("summary").and_then(Value::as_str)
    }

    /// Its `x-…` extensions.
    pub fn extensions(&self) -> Extensions<'a> {
        Extensions::of(self.value)
    }

    /// The value of one extension by its full name (`x-hirekit-action`, say).
    pub fn extension(&self, name: &str) -> Option<&'a Value> {
        self.extensions().get(name)
    }

    /// Whether the operation is implemented by hand instead of generated.
    pub fn is_handwritten(&self) -> bool {
        self.extensions().handwritten()
    }

    /// The module it is generated into (`x-hirekit-module`); `None` for the spec's main client.
    pub fn module(&self) -> Option<&'a str> {
        self.extensions().module()
    }

    /// How messages name the operation: its id and route.
    pub fn label(&self) -> String {
        format!(
            "operation `{}` ({} {})",
            self.id().unwrap_or("<no operationId>"),
            self.method_upper(),
            self.path
        )
    }

    /// Every parameter: the path item's, then the operation's; an operation parameter
    /// replaces a path-item one with the same name and location (in its place).
    pub fn parameters(&self) -> Result<Vec<Parameter<'a>>, Error> {
        let mut out: Vec<Parameter<'a>> = Vec::new();
        let lists = [("path item", self.item), ("operation", self.value)];
        for (level, holder) in lists {
            let Some(list) = holder.get("parameters") else {
                continue;
            };
            let list = list.as_array().ok_or_else(|| {
                self.invalid(format!("{level} parameters"), "`parameters` is not a list")
            })?;
            for (index, raw) in list.iter().enumerate() {
                let at = format!("{level} parameters[{index}]");
                let value = self
                    .spec
                    .resolved_at(raw, &format!("{}: {at}", self.label()))?;
                let name = value
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or_else(|| self.invalid(at.clone(), "a parameter without `name`"))?;
                let location = value
                    .get("in")
                    .and_then(Value::as_str)
                    .and_then(Location::parse)
                    .ok_or_else(|| {
                        self.invalid(at.clone(), format!("parameter `{name}` has no valid `in`"))
                    })?;
                let parameter = Parameter {
                    name,
                    location,
                    required: location == Location::Path
                        || value.get("required").and_then(Value::as_bool) == Some(true),
                    schema: value.get("schema"),
                    value,
                };
                match out
                    .iter_mut()
                    .find(|p| p.name == name && p.location == location)
                {
                    Some(shared) => *shared = parameter,
                    None => out.push(parameter),
                }
            }
        }
        Ok(out)
    }

    /// The request body, if the operation takes one.
    pub fn request_body(&self) -> Result<Option<RequestBody<'a>>, Error> {
        let Some(raw) = self.value.get("requestBody") else {
            return Ok(None);
        };
        let at = format!("{}: requestBody", self.label());
        let value = self.spec.resolved_at(raw, &at)?;
        Ok(Some(RequestBody {
            required: value.get("required").and_then(Value::as_bool) == Some(true),
            content: media_types(value),
            value,
        }))
    }

    /// Every declared response, by status key (`200`, `4XX`, `default`), sorted by key.
    pub fn responses(&self) -> Result<Vec<Response<'a>>, Error> {
        let Some(responses) = self.value.get("responses").and_then(Value::as_object) else {
            return Ok(Vec::new());
        };
        responses
            .iter()
            .map(|(status, raw)| {
                let at = format!("{}: responses/{status}", self.label());
                let value = self.spec.resolved_at(raw, &at)?;
                Ok(Response {
                    status,
                    content: media_types(value),
                    value,
                })
            })
            .collect()
    }

    /// The response that answers `status`: declared exactly, else by its range (`4XX`), else
    /// `default`.
    pub fn response_for(&self, status: u16) -> Result<Option<Response<'a>>, Error> {
        let responses = self.responses()?;
        let exact = status.to_string();
        let range = format!("{}XX", status / 100);
        for key in [exact.as_str(), range.as_str(), "default"] {
            if let Some(response) = responses.iter().find(|r| r.status == key) {
                return Ok(Some(response.clone()));
            }
        }
        Ok(None)
    }

    fn invalid(&self, at: String, message: impl Into<String>) -> Error {
        Error::Invalid {
            spec: self.spec.name.clone(),
            at: format!("{}: {at}", self.label()),
            message: message.into(),
        }
    }
}

fn media_types(holder: &Value) -> Vec<MediaType<'_>> {
    holder
        .get("content")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, media)| MediaType {
            name,
            schema: media.get("schema"),
        })
        .collect()
}

impl Spec {
    /// Reads a YAML (or JSON) spec from disk; `name` is how messages will refer to it.
    pub fn load(path: &Path, name: &str) -> Result<Self, Error> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::parse(name, &text)
    }

    /// Parses spec text (YAML is a superset of JSON, so both are accepted).
    pub fn parse(name: &str, text: &str) -> Result<Self, Error> {
        let parse_error = |message: String| Error::Parse {
            spec: name.to_string(),
            message,
        };
        let (value, order) = yaml::parse(text).map_err(parse_error)?;
        if !value.is_object() {
            return Err(parse_error("the document is not a mapping".to_string()));
        }
        Ok(Self::with_order(name, value, &order))
    }

    /// A spec from a document already held as JSON (its operations then come in path order).
    pub fn from_value(name: &str, value: Value) -> Result<Self, Error> {
        if !value.is_object() {
            return Err(Error::Parse {
                spec: name.to_string(),
                message: "the document is not a mapping".to_string(),
            });
        }
        Ok(Self::with_order(name, value, &Vec::new()))
    }

    fn with_order(name: &str, value: Value, order: &Order) -> Self {
        let order = order
            .iter()
            .flat_map(|(path, methods)| methods.iter().map(move |m| (path.clone(), *m)))
            .enumerate()
            .map(|(index, key)| (key, index))
            .collect();
        Self {
            name: name.to_string(),
            value,
            order,
        }
    }

    /// Every operation, in document order (paths, then methods within a path).
    pub fn operations(&self) -> Vec<Operation<'_>> {
        let mut out = Vec::new();
        let Some(paths) = self.value.get("paths").and_then(Value::as_object) else {
            return out;
        };
        for (path, item) in paths {
            for method in METHODS {
                if let Some(op) = item.get(method).filter(|op| op.is_object()) {
                    out.push(Operation {
                        path,
                        method,
                        value: op,
                        item,
                        spec: self,
                    });
                }
            }
        }
        // Operations the order does not know (a document changed after parsing) go last.
        out.sort_by_cached_key(|op| {
            self.order
                .get(&(op.path.to_string(), op.method))
                .copied()
                .unwrap_or(usize::MAX)
        });
        out
    }

    /// The operation at `path` (as written in the spec) and `method` (any case).
    pub fn operation(&self, path: &str, method: &str) -> Option<Operation<'_>> {
        let method = METHODS
            .iter()
            .copied()
            .find(|m| m.eq_ignore_ascii_case(method))?;
        let (path, item) = self.value.get("paths")?.as_object()?.get_key_value(path)?;
        let value = item.get(method).filter(|op| op.is_object())?;
        Some(Operation {
            path,
            method,
            value,
            item,
            spec: self,
        })
    }

    /// The operation with this `operationId`.
    pub fn operation_by_id(&self, id: &str) -> Option<Operation<'_>> {
        self.operations().into_iter().find(|op| op.id() == Some(id))
    }

    /// The component schemas, by name.
    pub fn schemas(&self) -> Option<&Map<String, Value>> {
        self.value
            .pointer("/components/schemas")
            .and_then(Value::as_object)
    }

    /// One component schema by name.
    pub fn schema(&self, name: &str) -> Option<&Value> {
        self.schemas()?.get(name)
    }

    /// The names of the component schemas (sorted).
    pub fn schema_names(&self) -> Vec<&str> {
        self.schemas()
            .map(|schemas| schemas.keys().map(String::as_str).collect())
            .unwrap_or_default()
    }

    /// `node` itself, or what its `$ref` (and theirs, in turn) points to.
    pub fn resolved<'a>(&'a self, node: &'a Value) -> Result<&'a Value, Error> {
        self.resolved_at(node, "a node")
    }

    fn resolved_at<'a>(&'a self, mut node: &'a Value, at: &str) -> Result<&'a Value, Error> {
        for _ in 0..MAX_HOPS {
            let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
                return Ok(node);
            };
            node = resolve(&self.value, reference).ok_or_else(|| Error::Reference {
                spec: self.name.clone(),
                at: at.to_string(),
                reference: reference.to_string(),
            })?;
        }
        Err(Error::Invalid {
            spec: self.name.clone(),
            at: at.to_string(),
            message: format!("more than {MAX_HOPS} `$ref` hops: a reference loop"),
        })
    }

    /// A copy without the operations marked `x-hirekit-handwritten` (and without path items
    /// left empty by their removal). Their schemas stay, so their types are still generated.
    pub fn without_handwritten(&self) -> Spec {
        let mut value = self.value.clone();
        if let Some(paths) = value.get_mut("paths").and_then(Value::as_object_mut) {
            for item in paths.values_mut() {
                if let Some(item) = item.as_object_mut() {
                    item.retain(|key, op| {
                        !(METHODS.contains(&key.as_str())
                            && op.get(HANDWRITTEN).and_then(Value::as_bool) == Some(true))
                    });
                }
            }
            paths.retain(|_, item| {
                item.as_object()
                    .is_some_and(|item| item.keys().any(|k| METHODS.contains(&k.as_str())))
            });
        }
        Spec {
            name: self.name.clone(),
            value,
            order: self.order.clone(),
        }
    }

    /// The names of the modules its operations are marked with (`x-hirekit-module`), sorted.
    pub fn modules(&self) -> Vec<&str> {
        let names: BTreeSet<&str> = self
            .operations()
            .iter()
            .filter_map(Operation::module)
            .collect();
        names.into_iter().collect()
    }

    /// The part of the spec that module `name` is generated from: only the operations marked
    /// `x-hirekit-module: <name>`, and of the components only those they reach through `$ref`s
    /// (directly or through each other). The security schemes stay whole, since operations
    /// name them without a `$ref`. Holds no operation when none is marked so.
    pub fn module(&self, name: &str) -> Spec {
        self.part(
            |op| Extensions::of(op).module() == Some(name),
            Unreached::Drop,
        )
    }

    /// The part of the spec its main client is generated from: every operation that is not
    /// marked with a module. The components that only module operations reach are left out;
    /// the others stay, including those no operation reaches (webhook payloads), so a spec
    /// without module marks comes back unchanged.
    pub fn without_modules(&self) -> Spec {
        self.part(|op| Extensions::of(op).module().is_none(), Unreached::Keep)
    }

    /// A copy with the operations `keep` accepts (path items left without any removed) and
    /// the components they need.
    fn part(&self, keep: impl Fn(&Value) -> bool, unreached: Unreached) -> Spec {
        let mut value = self.value.clone();
        // What the removed operations refer to, themselves and through their path items' shared
        // parameters: the components only these reach leave with them.
        let mut removed: Vec<Value> = Vec::new();
        if let Some(paths) = value.get_mut("paths").and_then(Value::as_object_mut) {
            for item in paths.values_mut() {
                let Some(item) = item.as_object_mut() else {
                    continue;
                };
                let shared = item.get("parameters").cloned();
                item.retain(|key, op| {
                    let kept = !METHODS.contains(&key.as_str()) || keep(op);
                    if !kept {
                        removed.push(op.clone());
                        removed.extend(shared.clone());
                    }
                    kept
                });
            }
            paths.retain(|_, item| {
                item.as_object()
                    .is_some_and(|item| item.keys().any(|k| METHODS.contains(&k.as_str())))
            });
        }

        let seeds = match unreached {
            Unreached::Drop => BTreeSet::new(),
            Unreached::Keep => {
                let by_removed = reached(&value, removed.iter(), BTreeSet::new());
                components(&value)
                    .into_iter()
                    .filter(|key| !by_removed.contains(key))
                    .collect()
            }
        };
        // Everything outside `components` (the kept paths above all) is a root.
        let roots: Vec<&Value> = value
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(key, _)| key.as_str() != "components")
            .map(|(_, node)| node)
            .collect();
        let kept = reached(&value, roots, seeds);

        if let Some(sections) = value.get_mut("components").and_then(Value::as_object_mut) {
            sections.retain(|section, entries| {
                if section == SECURITY_SCHEMES {
                    return true;
                }
                let Some(entries) = entries.as_object_mut() else {
                    return true;
                };
                let before = entries.len();
                entries.retain(|name, _| kept.contains(&(section.clone(), name.clone())));
                !entries.is_empty() || before == 0
            });
        }
        Spec {
            name: self.name.clone(),
            value,
            order: self.order.clone(),
        }
    }
}

/// The components section that operations refer to by name rather than by `$ref`.
const SECURITY_SCHEMES: &str = "securitySchemes";

/// What [`Spec::part`] does with a component that the kept operations do not reach.
#[derive(Clone, Copy)]
enum Unreached {
    /// Leave it out (a module holds only what its operations need).
    Drop,
    /// Keep it, unless only removed operations reach it (the main client keeps webhook
    /// payloads and other schemas no operation names).
    Keep,
}

/// A component as `(section, name)`, e.g. `("schemas", "Session")`.
type ComponentKey = (String, String);

/// Every component of the document.
fn components(doc: &Value) -> BTreeSet<ComponentKey> {
    doc.get("components")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(section, entries)| Some((section, entries.as_object()?)))
        .flat_map(|(section, entries)| entries.keys().map(|name| (section.clone(), name.clone())))
        .collect()
}

/// The component a local `$ref` points into: `#/components/schemas/Foo` (or a node inside
/// it, `#/components/schemas/Foo/properties/bar`) is `("schemas", "Foo")`.
fn component_of(reference: &str) -> Option<ComponentKey> {
    let mut segments = reference.strip_prefix("#/components/")?.split('/');
    let unescape = |s: &str| s.replace("~1", "/").replace("~0", "~");
    let section = unescape(segments.next()?);
    let name = unescape(segments.next()?);
    Some((section, name))
}

/// The seeds and every component that `roots` or the seeds refer to through `$ref`s, directly
/// or through other components.
fn reached<'a>(
    doc: &'a Value,
    roots: impl IntoIterator<Item = &'a Value>,
    seeds: BTreeSet<ComponentKey>,
) -> BTreeSet<ComponentKey> {
    let component = |(section, name): &ComponentKey| {
        doc.get("components")
            .and_then(|c| c.get(section))
            .and_then(|s| s.get(name))
    };
    let mut stack: Vec<&Value> = roots.into_iter().collect();
    stack.extend(seeds.iter().filter_map(component));
    let mut found = seeds;
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(map) => {
                if let Some(key) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(component_of)
                    && !found.contains(&key)
                {
                    stack.extend(component(&key));
                    found.insert(key);
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    found
}

/// Resolves a local `$ref` (`#/a/b`, with JSON-pointer escapes) against the document; `None`
/// for a reference outside it or to nothing.
pub fn resolve<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    reference
        .strip_prefix('#')
        .and_then(|ptr| root.pointer(ptr))
}
