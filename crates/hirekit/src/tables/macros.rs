//! The macro that turns the table list of `catalog.rs` into one module per table: its column
//! enum, its row types and the calls of its four generated builders.

/// The name of a column: the builder method's name, or the explicit name when the method had
/// to be renamed (`type` is a keyword, so its method is `type_`).
macro_rules! column_name {
    ($method:ident) => {
        stringify!($method)
    };
    ($method:ident $name:literal) => {
        $name
    };
}
pub(super) use column_name;

/// Sets each encoded filter on a generated builder, through the builder's method for its column.
macro_rules! apply_filters {
    ($builder:ident, $request:ident, $($variant:ident => $method:ident),+) => {
        for (column, expression) in &$request.filters {
            $builder = match column {
                $(Column::$variant => $builder.$method(expression.clone()),)+
            };
        }
    };
}
pub(super) use apply_filters;

macro_rules! define_tables {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident: $row:ident, $write:ident,
            $select:ident,
            $insert:ident,
            $update:ident,
            $delete:ident,
        {
            $($variant:ident => $method:ident $(as $name:literal)?,)+
        }
    )+) => {
        $(
            #[doc = concat!("The `", stringify!($module), "` table.")]
            #[doc = ""]
            $(#[doc = $doc])*
            #[doc = ""]
            #[doc = concat!(
                "Reach it with [`Tables::", stringify!($module), "`](crate::tables::Tables::",
                stringify!($module), ")."
            )]
            pub mod $module {
                use crate::error::Operation;
                use crate::jobmojito::Client;
                use crate::tables::{Request, RowsFuture, send_rows};
                use crate::tables::macros::{apply_filters, column_name};

                /// A row as read: every column optional, unknown columns kept in `extra`.
                pub type Row = jobmojito_raw::tables::types::$row;

                /// The columns to write on insert or update; leave out what should keep its
                /// value (or get its default).
                pub type Write = jobmojito_raw::tables::types::$write;

                #[doc = concat!(
                    "The columns of `", stringify!($module), "` the spec lists. Filters, \
                     orders and column selections take these, so an unknown column cannot be \
                     sent."
                )]
                ///
                /// ```
                /// use hirekit::tables::TableColumn as _;
                #[doc = concat!("use hirekit::tables::", stringify!($module), "::Column;")]
                ///
                /// for column in Column::ALL {
                ///     assert_eq!(Column::from_name(column.name()), Some(*column));
                /// }
                /// ```
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum Column {
                    $(
                        #[doc = concat!("`", column_name!($method $($name)?), "`.")]
                        $variant,
                    )+
                }

                impl crate::tables::TableColumn for Column {
                    const ALL: &'static [Column] = &[$(Column::$variant,)+];

                    fn name(self) -> &'static str {
                        match self {
                            $(Column::$variant => column_name!($method $($name)?),)+
                        }
                    }
                }

                impl std::fmt::Display for Column {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(crate::tables::TableColumn::name(*self))
                    }
                }

                #[doc = concat!(
                    "The `", stringify!($module), "` table, as a type: what [`Tables::table`]\
                     (crate::tables::Tables::table) and generic code take."
                )]
                ///
                /// ```
                /// use hirekit::tables::Table as _;
                #[doc = concat!(
                    "assert_eq!(hirekit::tables::", stringify!($module), "::Table::NAME, \"",
                    stringify!($module), "\");"
                )]
                /// ```
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
                pub struct Table;

                impl crate::tables::Table for Table {
                    const NAME: &'static str = stringify!($module);
                    type Row = Row;
                    type Write = Write;
                    type Column = Column;

                    const OPERATIONS: [Operation; 4] = [
                        Operation {
                            id: stringify!($select),
                            method: "GET",
                            path: concat!("/rest/v1/", stringify!($module)),
                        },
                        Operation {
                            id: stringify!($insert),
                            method: "POST",
                            path: concat!("/rest/v1/", stringify!($module)),
                        },
                        Operation {
                            id: stringify!($update),
                            method: "PATCH",
                            path: concat!("/rest/v1/", stringify!($module)),
                        },
                        Operation {
                            id: stringify!($delete),
                            method: "DELETE",
                            path: concat!("/rest/v1/", stringify!($module)),
                        },
                    ];

                    fn run_select<'a>(
                        client: &'a Client,
                        request: &'a Request<Column>,
                    ) -> RowsFuture<'a, Row> {
                        Box::pin(async move {
                            let mut call = client.raw_tables.$select();
                            apply_filters!(call, request, $($variant => $method),+);
                            if let Some(select) = &request.select {
                                call = call.select(select.clone());
                            }
                            if let Some(order) = &request.order {
                                call = call.order(order.clone());
                            }
                            if let Some(limit) = request.limit {
                                call = call.limit(limit);
                            }
                            if let Some(offset) = request.offset {
                                call = call.offset(offset);
                            }
                            if let Some(range) = &request.range {
                                call = call.range(range.clone()).range_unit("items".to_string());
                            }
                            if let Some(prefer) = &request.prefer {
                                call = call.prefer(prefer.clone());
                            }
                            let route = call.route();
                            send_rows(client, route, call.request()).await
                        })
                    }

                    fn run_insert<'a>(
                        client: &'a Client,
                        rows: Vec<Write>,
                        request: &'a Request<Column>,
                    ) -> RowsFuture<'a, Row> {
                        Box::pin(async move {
                            let mut call = client.raw_tables.$insert().body(rows);
                            if let Some(select) = &request.select {
                                call = call.select(select.clone());
                            }
                            if let Some(prefer) = &request.prefer {
                                call = call.prefer(prefer.clone());
                            }
                            let route = call.route();
                            send_rows(client, route, call.request()).await
                        })
                    }

                    fn run_update<'a>(
                        client: &'a Client,
                        changes: Write,
                        request: &'a Request<Column>,
                    ) -> RowsFuture<'a, Row> {
                        Box::pin(async move {
                            let mut call = client.raw_tables.$update().body(changes);
                            apply_filters!(call, request, $($variant => $method),+);
                            if let Some(select) = &request.select {
                                call = call.select(select.clone());
                            }
                            if let Some(prefer) = &request.prefer {
                                call = call.prefer(prefer.clone());
                            }
                            let route = call.route();
                            send_rows(client, route, call.request()).await
                        })
                    }

                    fn run_delete<'a>(
                        client: &'a Client,
                        request: &'a Request<Column>,
                    ) -> RowsFuture<'a, Row> {
                        Box::pin(async move {
                            let mut call = client.raw_tables.$delete();
                            apply_filters!(call, request, $($variant => $method),+);
                            if let Some(select) = &request.select {
                                call = call.select(select.clone());
                            }
                            if let Some(prefer) = &request.prefer {
                                call = call.prefer(prefer.clone());
                            }
                            let route = call.route();
                            send_rows(client, route, call.request()).await
                        })
                    }
                }
            }
        )+

        impl<'a> crate::tables::Tables<'a> {
            $(
                #[doc = concat!(
                    "The `", stringify!($module), "` table: see [`", stringify!($module),
                    "`](crate::tables::", stringify!($module), ")."
                )]
                ///
                /// ```no_run
                /// # async fn demo(jm: hirekit::jobmojito::Client) -> hirekit::Result<()> {
                #[doc = concat!(
                    "let page = jm.tables().", stringify!($module), "().select().limit(10).send().await?;"
                )]
                /// # Ok(()) }
                /// ```
                pub fn $module(&self) -> crate::tables::TableRef<'a, $module::Table> {
                    self.table::<$module::Table>()
                }
            )+
        }

        /// The name of every table, in the spec's order.
        ///
        /// ```
        /// assert_eq!(hirekit::tables::TABLE_NAMES.len(), 19);
        /// assert!(hirekit::tables::TABLE_NAMES.contains(&"interview_result"));
        /// ```
        pub const TABLE_NAMES: &[&str] = &[$(stringify!($module),)+];

        /// The column names of the table called `table`, in the spec's order (the names of its
        /// `Column` enum), or `None` for a table the spec does not list.
        ///
        /// ```
        /// let columns = hirekit::tables::column_names("interview_result").unwrap_or_default();
        /// assert!(columns.contains(&"score"));
        /// assert_eq!(hirekit::tables::column_names("interview_results"), None);
        /// ```
        pub fn column_names(table: &str) -> Option<Vec<&'static str>> {
            use crate::tables::TableColumn as _;
            match table {
                $(stringify!($module) => Some(
                    $module::Column::ALL.iter().map(|c| c.name()).collect()
                ),)+
                _ => None,
            }
        }
    };
}
pub(super) use define_tables;
