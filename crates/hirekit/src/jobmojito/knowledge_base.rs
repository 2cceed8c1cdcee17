//! Knowledge bases: documents the interview avatar may draw on.

use std::fmt;

use bytes::Bytes;

use super::client::Client;
use super::handwritten::Part;
use super::routes;
use super::types;
use super::upload;
use crate::error::Result;

/// Knowledge-base documents. Reach it with [`Client::knowledge_base`].
#[derive(Debug, Clone, Copy)]
pub struct KnowledgeBase<'a> {
    client: &'a Client,
}

impl Client {
    /// Knowledge-base documents.
    pub fn knowledge_base(&self) -> KnowledgeBase<'_> {
        KnowledgeBase { client: self }
    }
}

/// A document to add to a knowledge base. Build it with [`Document::new`] and the setters of
/// the optional fields; it is `#[non_exhaustive]`, so a form field the vendor adds is not a
/// breaking change.
#[derive(Clone)]
#[non_exhaustive]
pub struct Document {
    /// The knowledge base (store) to add it to.
    pub knowledge_base_store_id: String,
    /// The file's bytes.
    pub bytes: Bytes,
    /// The file's name, with its extension (the vendor reads the type from it).
    pub file_name: String,
    /// The file's media type, e.g. `application/pdf`.
    pub media_type: String,
    /// The document's name in the knowledge base; the file name when unset.
    pub name: Option<String>,
    /// Another merchant's knowledge base (admins and sub-merchant operators only).
    pub merchant_id: Option<String>,
}

impl Document {
    /// A document for store `knowledge_base_store_id`, from a file's name, media type and
    /// bytes.
    pub fn new(
        knowledge_base_store_id: impl Into<String>,
        file_name: impl Into<String>,
        media_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Document {
            knowledge_base_store_id: knowledge_base_store_id.into(),
            bytes: bytes.into(),
            file_name: file_name.into(),
            media_type: media_type.into(),
            name: None,
            merchant_id: None,
        }
    }

    /// The document's name in the knowledge base (the file name when unset).
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Adds the document to another merchant's knowledge base (admins and sub-merchant
    /// operators only).
    #[must_use]
    pub fn merchant_id(mut self, merchant_id: impl Into<String>) -> Self {
        self.merchant_id = Some(merchant_id.into());
        self
    }

    /// The form's parts, in the order they are sent: the file last, after its description.
    pub(crate) fn parts(&self) -> Vec<Part<'_>> {
        upload::form(
            [
                (
                    "knowledge_base_store_id",
                    Some(self.knowledge_base_store_id.as_str()),
                ),
                ("name", self.name.as_deref()),
                ("merchant_id", self.merchant_id.as_deref()),
            ],
            &self.file_name,
            &self.media_type,
            &self.bytes,
        )
    }
}

impl fmt::Debug for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Document")
            .field("knowledge_base_store_id", &self.knowledge_base_store_id)
            .field("file_name", &self.file_name)
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .field("name", &self.name)
            .field("merchant_id", &self.merchant_id)
            .finish()
    }
}

impl KnowledgeBase<'_> {
    /// Uploads a document to a knowledge base; the vendor stores it and queues it for
    /// processing. Sent as a multipart form built by hand (the generated client has no
    /// multipart support).
    ///
    /// Calls `upload_knowledge_base_document` (`POST /knowledge-base-document-upload`).
    /// Formerly the Actions API action "New knowledge base document".
    pub async fn upload(
        &self,
        document: &Document,
    ) -> Result<types::KnowledgeBaseDocumentUploadResponse> {
        self.client
            .send_upload(&routes::UPLOAD_KNOWLEDGE_BASE_DOCUMENT, &document.parts())
            .await
    }
}
