//! The coaching catalogue: the directories (pages) of the coaching portal.

use super::client::Client;
use super::paging::{set_some, stream_methods};
use super::types;
use crate::error::Result;

/// The coaching portal's catalogue directories. Reach it with [`Client::catalogue`].
#[derive(Debug, Clone, Copy)]
pub struct Catalogue<'a> {
    client: &'a Client,
}

impl Client {
    /// The coaching portal's catalogue directories.
    pub fn catalogue(&self) -> Catalogue<'_> {
        Catalogue { client: self }
    }
}

/// Filters and paging of [`Catalogue::list`]. Every field is optional.
#[derive(Debug, Clone, Default)]
pub struct DirectoryQuery {
    /// Only directories in this status.
    pub status: Option<types::CatalogueStatus>,
    /// Only directories with this visibility.
    pub visibility: Option<types::CatalogueVisibility>,
    /// Only directories in this platform language.
    pub mojito_language_code: Option<String>,
    /// Case-insensitive match on id, name and description.
    pub filter_text: Option<String>,
    /// Only the direct children of this directory.
    pub parent_tag: Option<String>,
    /// Whether the platform-wide public directories are included (they are when unset).
    pub include_public: Option<bool>,
    /// Another merchant's directories (admins and sub-merchant operators only).
    pub merchant_id: Option<String>,
    /// Page size, 1 to 1000.
    pub limit: Option<u64>,
    /// Records to skip.
    pub offset: Option<u64>,
}

impl Catalogue<'_> {
    /// Adds a directory to the catalogue. Its id becomes its URL segment and cannot change;
    /// an id already taken is refused (409).
    ///
    /// Calls `create_catalogue_directory` (`POST /catalogue-tag-create`).
    pub async fn create<R>(&self, request: R) -> Result<types::CatalogueTagCreateResponse>
    where
        R: TryInto<types::CatalogueTagCreateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .create_catalogue_directory()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// Changes a directory: only the fields set in `request` are written; list fields and
    /// the Markdown page are replaced whole. A field the API lets you clear is a
    /// [`types::Nullable`]; its builder's `clear_<field>()` sends `null` (e.g.
    /// `clear_content_md()` removes the custom page).
    ///
    /// Calls `update_catalogue_directory` (`POST /catalogue-tag-update`).
    pub async fn update<R>(&self, request: R) -> Result<types::CatalogueTagUpdateResponse>
    where
        R: TryInto<types::CatalogueTagUpdateRequest>,
        R::Error: std::fmt::Display,
    {
        self.client
            .raw
            .update_catalogue_directory()
            .body(request)
            .execute(&self.client.transport)
            .await
    }

    /// One directory with its Markdown page, its sub-directories and the sessions its filter
    /// selects. `merchant_id` reads another merchant's (admins and operators only).
    ///
    /// Calls `get_catalogue_directory` (`GET /catalogue-tag-get`).
    pub async fn get(
        &self,
        id: &str,
        merchant_id: Option<&str>,
    ) -> Result<types::CatalogueTagGetResponse> {
        let mut builder = self.client.raw.get_catalogue_directory().id(id);
        if let Some(merchant) = merchant_id {
            builder = builder.merchant_id(merchant);
        }
        builder.execute(&self.client.transport).await
    }

    /// One page of the directories the caller can see, ordered by id (without their
    /// Markdown pages).
    ///
    /// Calls `list_catalogue_directories` (`GET /catalogue-tag-list`).
    pub async fn list(&self, query: &DirectoryQuery) -> Result<types::CatalogueTagListResponse> {
        let mut builder = self.client.raw.list_catalogue_directories();
        set_some!(builder, query; status, visibility, mojito_language_code, filter_text,
            parent_tag, include_public, merchant_id, limit, offset);
        builder.execute(&self.client.transport).await
    }
}

stream_methods!(
    Catalogue,
    list,
    list_pages,
    list_all,
    DirectoryQuery,
    types::CatalogueTagListResponse,
    types::CatalogueTagListItem,
    "the catalogue directories"
);
