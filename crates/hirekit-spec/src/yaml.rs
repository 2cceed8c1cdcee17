//! YAML text to JSON values, keeping the order of `paths` that a JSON map forgets.
//!
//! serde_json's map is sorted (the workspace does not turn on `preserve_order`, and turning it
//! on would reorder every JSON map in every crate of the build), so the spec is parsed once as
//! a YAML value, whose mappings keep their order, and converted by hand.

use serde_json::{Map, Number, Value};
use serde_norway::Value as Yaml;

use crate::spec::METHODS;

/// The paths of a document in order, each with its methods in order.
pub type Order = Vec<(String, Vec<&'static str>)>;

/// Parses `text` into a JSON value and the document order of its operations.
pub fn parse(text: &str) -> Result<(Value, Order), String> {
    let yaml: Yaml = serde_norway::from_str(text).map_err(|e| e.to_string())?;
    let order = order_of(&yaml);
    let value = to_json(&yaml, "")?;
    Ok((value, order))
}

fn order_of(yaml: &Yaml) -> Order {
    let Some(paths) = yaml.get("paths").and_then(Yaml::as_mapping) else {
        return Vec::new();
    };
    paths
        .iter()
        .filter_map(|(path, item)| {
            let path = path.as_str()?;
            let methods = item
                .as_mapping()
                .into_iter()
                .flatten()
                .filter_map(|(key, _)| {
                    let key = key.as_str()?;
                    METHODS.iter().copied().find(|m| *m == key)
                })
                .collect();
            Some((path.to_string(), methods))
        })
        .collect()
}

/// Converts as `serde_norway::from_str::<serde_json::Value>` would (a unit test compares the
/// two on every built-in spec): scalar keys become their text.
fn to_json(yaml: &Yaml, at: &str) -> Result<Value, String> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(*b),
        Yaml::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| format!("{at}: {n} is not a JSON number"))?
            }
        }
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &format!("{at}/{i}")))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Yaml::String(s) => s.clone(),
                    Yaml::Number(n) => n.to_string(),
                    Yaml::Bool(b) => b.to_string(),
                    other => return Err(format!("{at}: unsupported mapping key {other:?}")),
                };
                let value = to_json(value, &format!("{at}/{key}"))?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Yaml::Tagged(tagged) => {
            return Err(format!("{at}: YAML tag {} is not supported", tagged.tag));
        }
    })
}
