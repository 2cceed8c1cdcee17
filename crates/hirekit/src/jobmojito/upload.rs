//! The shape both file uploads share (a knowledge-base document, a resume): a multipart form
//! of text fields with the file last, under `file`, sent to the operation's route.

use hirekit_runtime::Route;
use serde::de::DeserializeOwned;

use super::client::Client;
use super::handwritten::{Multipart, Part};
use crate::error::Result;
use crate::transport::decode_answer;

/// An upload form's parts in the order they are sent: `fields` in their order (those without a
/// value left out), then the file, last, after its description.
pub(crate) fn form<'a>(
    fields: impl IntoIterator<Item = (&'static str, Option<&'a str>)>,
    file_name: &'a str,
    media_type: &'a str,
    bytes: &'a [u8],
) -> Vec<Part<'a>> {
    let mut parts: Vec<Part<'a>> = fields
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| Part::Text { name, value }))
        .collect();
    parts.push(Part::File {
        name: "file",
        file_name,
        media_type,
        bytes,
    });
    parts
}

impl Client {
    /// Sends `parts` to `route` as a multipart form and decodes the answer.
    pub(crate) async fn send_upload<T: DeserializeOwned>(
        &self,
        route: &'static Route,
        parts: &[Part<'_>],
    ) -> Result<T> {
        let form = Multipart::new(parts);
        let request = self.handwritten_request(route, &form.content_type, form.body)?;
        let answer = self.send_handwritten(route, request).await?;
        decode_answer(route, &answer)
    }
}
