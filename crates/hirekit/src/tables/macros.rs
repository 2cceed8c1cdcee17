//! The macro that turns the generated Tables catalog (`jobmojito_raw::tables::catalog`, one
//! module per table of `specs/jobmojito-tables.yaml`) into the facade's table modules: each
//! re-exports the generated `Column` enum and row types and runs the table's four generated
//! builders. The list of tables comes from the generator too: `mod.rs` hands this macro to
//! the generated `jobmojito_raw::for_each_table!`, so nothing here names a table or a column.

macro_rules! define_tables {
    ($(
        $(#[doc = $doc:literal])*
        $module:ident,
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
            ///
            /// ```
            /// use hirekit::tables::TableColumn as _;
            #[doc = concat!("use hirekit::tables::", stringify!($module), "::Column;")]
            ///
            /// for column in Column::ALL {
            ///     assert_eq!(Column::from_name(column.name()), Some(*column));
            ///     assert_eq!(column.to_string(), column.name());
            /// }
            /// ```
            pub mod $module {
                use jobmojito_raw::tables::catalog::$module as generated;

                use crate::error::Operation;
                use crate::jobmojito::Client;
                use crate::tables::{ColumnType, Request, RowsFuture, send_rows};

                /// A row as read: every column optional, unknown columns kept in `extra`.
                pub type Row = generated::Row;

                /// The columns to write on insert or update; leave out what should keep its
                /// value (or get its default).
                pub type Write = generated::Write;

                /// The columns the spec lists (generated from the table's row schema). Filters,
                /// orders and column selections take these, so an unknown column cannot be
                /// sent.
                pub use generated::Column;

                impl crate::tables::TableColumn for Column {
                    const ALL: &'static [Column] = Column::ALL;

                    fn name(self) -> &'static str {
                        Column::name(self)
                    }

                    fn column_type(self) -> ColumnType {
                        Column::column_type(self)
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
                    const NAME: &'static str = generated::NAME;
                    type Row = Row;
                    type Write = Write;
                    type Column = Column;

                    const OPERATIONS: [Operation; 4] = [
                        Operation::of(generated::ROUTES[0]),
                        Operation::of(generated::ROUTES[1]),
                        Operation::of(generated::ROUTES[2]),
                        Operation::of(generated::ROUTES[3]),
                    ];

                    fn run_select<'a>(
                        client: &'a Client,
                        request: &'a Request<Column>,
                    ) -> RowsFuture<'a, Row> {
                        Box::pin(async move {
                            let mut call = generated::Select::new(&client.raw_tables);
                            for (column, expression) in &request.filters {
                                call = column.filter_select(call, expression.clone());
                            }
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
                            let mut call = generated::Insert::new(&client.raw_tables).body(rows);
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
                            let mut call = generated::Update::new(&client.raw_tables).body(changes);
                            for (column, expression) in &request.filters {
                                call = column.filter_update(call, expression.clone());
                            }
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
                            let mut call = generated::Delete::new(&client.raw_tables);
                            for (column, expression) in &request.filters {
                                call = column.filter_delete(call, expression.clone());
                            }
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

        /// The name of every table, sorted (generated from the spec's paths marked
        /// `x-hirekit-table`).
        ///
        /// ```
        /// assert!(hirekit::tables::TABLE_NAMES.contains(&"interview_result"));
        /// assert!(hirekit::tables::TABLE_NAMES.is_sorted());
        /// ```
        pub const TABLE_NAMES: &[&str] = jobmojito_raw::tables::catalog::TABLE_NAMES;

        /// The column names of the table called `table`, in the order of its select's filter
        /// parameters in the spec (the names of its `Column` enum), or `None` for a table the spec does not list.
        ///
        /// ```
        /// let columns = hirekit::tables::column_names("interview_result").unwrap_or_default();
        /// assert!(columns.contains(&"score"));
        /// assert_eq!(hirekit::tables::column_names("interview_results"), None);
        /// ```
        pub fn column_names(table: &str) -> Option<Vec<&'static str>> {
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
