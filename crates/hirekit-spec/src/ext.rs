//! hirekit's own `x-hirekit-*` extensions (the rules are in `specs/README.md`).

use serde_json::{Map, Value};

/// On an operation: codegen strips it and the facade implements it by hand (multipart uploads).
pub const HANDWRITTEN: &str = "x-hirekit-handwritten";
/// On a property or a named string schema: a secret or candidate personal data, redacted in
/// `Debug`.
pub const SENSITIVE: &str = "x-hirekit-sensitive";
/// On an operation, parameter, schema or property: the vendor docs leave its shape open.
pub const INFERRED: &str = "x-hirekit-inferred";
/// The one-line note that goes with [`INFERRED`]: what is unknown.
pub const INFERRED_NOTE: &str = "x-hirekit-inferred-note";
/// On a component schema: the webhook event(s) whose payload it describes.
pub const WEBHOOK: &str = "x-hirekit-webhook";
/// On a JobMojito operation: the title of the older "Actions API" page that covered it.
pub const ACTION: &str = "x-hirekit-action";
/// On an operation: the name of the separately generated module it belongs to (the Supabase
/// sign-in of the Tables spec is `auth`), so a client that needs only those operations need not
/// compile the rest of the spec. See [`crate::Spec::module`].
pub const MODULE: &str = "x-hirekit-module";

/// The prefix all of hirekit's extensions share.
pub const PREFIX: &str = "x-hirekit-";

/// The extensions of one spec node (operation, parameter, schema or property).
#[derive(Debug, Clone, Copy)]
pub struct Extensions<'a> {
    node: Option<&'a Map<String, Value>>,
}

impl<'a> Extensions<'a> {
    /// The extensions of `node` (none if it is not a mapping).
    pub fn of(node: &'a Value) -> Self {
        Self {
            node: node.as_object(),
        }
    }

    /// The value of any extension (`x-…`) by its full name.
    pub fn get(&self, name: &str) -> Option<&'a Value> {
        self.node?.get(name)
    }

    /// Every `x-hirekit-*` extension on the node, by full name.
    pub fn hirekit(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        self.node
            .into_iter()
            .flatten()
            .filter(|(key, _)| key.starts_with(PREFIX))
            .map(|(key, value)| (key.as_str(), value))
    }

    fn flag(&self, name: &str) -> bool {
        self.get(name).and_then(Value::as_bool) == Some(true)
    }

    /// `x-hirekit-handwritten: true`.
    pub fn handwritten(&self) -> bool {
        self.flag(HANDWRITTEN)
    }

    /// `x-hirekit-sensitive: true`.
    pub fn sensitive(&self) -> bool {
        self.flag(SENSITIVE)
    }

    /// `x-hirekit-inferred: true`.
    pub fn inferred(&self) -> bool {
        self.flag(INFERRED)
    }

    /// The `x-hirekit-inferred-note`, if any.
    pub fn inferred_note(&self) -> Option<&'a str> {
        self.get(INFERRED_NOTE).and_then(Value::as_str)
    }

    /// The events of `x-hirekit-webhook` (a list, or a single name); empty without the mark.
    pub fn webhook(&self) -> Vec<&'a str> {
        match self.get(WEBHOOK) {
            Some(Value::String(event)) => vec![event.as_str()],
            Some(Value::Array(events)) => events.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The `x-hirekit-action` page title, if any.
    pub fn action(&self) -> Option<&'a str> {
        self.get(ACTION).and_then(Value::as_str)
    }

    /// The `x-hirekit-module` name, if any (a value that is not a string reads as none; the
    /// lint reports it).
    pub fn module(&self) -> Option<&'a str> {
        self.get(MODULE).and_then(Value::as_str)
    }
}
