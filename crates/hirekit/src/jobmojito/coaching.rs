//! The coaching catalogue: the directories (pages) of the coaching portal.

use super::client::Client;
use super::paging::stream_methods;
use super::query::spec_query;
use super::types::{self, CatalogueStatus, CatalogueVisibility};
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

spec_query! {
    /// Filters and paging of [`Catalogue::list`] and its streams. Every field is optional.
    pub struct DirectoryQuery for list_catalogue_directories(ListCatalogueDirectories) {
        /// Only directories in this status.
        status: CatalogueStatus,
        /// Only directories with this visibility.
        visibility: CatalogueVisibility,
        /// Only directories in this platform language.
        mojito_language_code: String,
        /// Case-insensitive match on id, name and description.
        filter_text: String,
        /// Only the direct children of this directory.
        parent_tag: String,
        /// Whether the platform-wide public directories are included (they are when unset).
        include_public: bool,
        /// Another merchant's directories (admins and sub-merchant operators only).
        merchant_id: String,
        /// Page size, 1 to 1000.
        limit: u64,
        /// Records to skip.
        offset: u64,
    }
}

spec_query! {
    /// What [`Catalogue::get_with`] reads besides the directory's id. Every field is
    /// optional.
    pub struct DirectoryOptions for get_catalogue_directory(GetCatalogueDirectory),
        positional(id)
    {
        /// Another merchant's directory (admins and sub-merchant operators only).
        merchant_id: String,
    }
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
    /// selects. [`Catalogue::get_with`] reads another merchant's.
    ///
    /// Calls `get_catalogue_directory` (`GET /catalogue-tag-get`).
    pub async fn get(&self, id: &str) -> Result<types::CatalogueTagGetResponse> {
        self.get_with(id, &DirectoryOptions::new()).await
    }

    /// [`Catalogue::get`] with options, e.g.
    /// `get_with(id, &DirectoryOptions::new().merchant_id(merchant))` for another merchant's
    /// directory (admins and sub-merchant operators only).
    ///
    /// Calls `get_catalogue_directory` (`GET /catalogue-tag-get`).
    pub async fn get_with(
        &self,
        id: &str,
        options: &DirectoryOptions,
    ) -> Result<types::CatalogueTagGetResponse> {
        let builder = self.client.raw.get_catalogue_directory().id(id);
        options.apply(builder).execute(&self.client.transport).await
    }

    /// One page of the directories the caller can see, ordered by id (without their
    /// Markdown pages).
    ///
    /// Calls `list_catalogue_directories` (`GET /catalogue-tag-list`).
    pub async fn list(&self, query: &DirectoryQuery) -> Result<types::CatalogueTagListResponse> {
        let builder = self.client.raw.list_catalogue_directories();
        query.apply(builder).execute(&self.client.transport).await
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
