//! Finding the modules progenitor generates (`types`, `types::builder`, the operation
//! `builder`) among a file's items, for the passes that rewrite them.

use syn::Item;

/// The items of the inline module `name` among `items`, if there is one.
pub(crate) fn items<'a>(items: &'a [Item], name: &str) -> Option<&'a Vec<Item>> {
    items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    })
}

/// [`items`], to rewrite.
pub(crate) fn items_mut<'a>(items: &'a mut [Item], name: &str) -> Option<&'a mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}
