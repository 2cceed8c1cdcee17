//! How the JobMojito facade declares a query or options struct: once, with [`spec_query!`],
//! which derives from that one declaration the struct, its constructor and chainable setters,
//! its `Debug` (personal fields redacted), the calls that copy it onto the generated operation
//! builder, and what the spec check in `spec_coverage.rs` compares with the spec.
//!
//! The generated builders cannot serve as the queries themselves: they borrow the raw client,
//! so a stream that outlives the call could not keep one, and they keep a rejected value only
//! as an error text, so a query could not be read back. The declaration here is the one hand
//! copy, and the spec check proves it names exactly the operation's query parameters.

/// What the spec check reads from a struct declared with [`spec_query!`].
#[cfg(test)]
pub(crate) trait SpecQuery {
    /// The generated builder of the operation the struct is sent with.
    type Builder;
    /// The operation's `operationId`.
    const OPERATION: &'static str;
    /// The generated builder's setter of each field that is required (a constructor argument).
    const REQUIRED: &'static [&'static str];
    /// The generated builder's setter of each optional field.
    const OPTIONAL: &'static [&'static str];
    /// The generated builder's setter of each parameter the facade method takes as its own
    /// argument instead of through the struct.
    const POSITIONAL: &'static [&'static str];
}

/// Declares a query or options struct of one operation.
///
/// ```text
/// spec_query! {
///     /// docs of the struct
///     pub struct ResultQuery for list_interview_results(ListInterviewResults) {
///         /// docs of the field (and of its setter)
///         kind as type_: InterviewKind,   // `as`: the generated builder names it otherwise
///         filter_text: String [personal], // `[personal]`: `Debug` shows `<redacted>`
///         limit: u64,
///     }
/// }
/// ```
///
/// Optional fields are `Option<T>` and left out of the request when `None`. A leading
/// `required { date_from: String, … }` block makes fields that `new` takes as arguments, and
/// `positional(interview_result_id)` after the builder names what the facade method takes as
/// its own argument. Field types are single names (`String`, `u64`, `bool`, or a generated
/// type imported by name) because the setter's argument follows the type: `impl Into<String>`
/// for text, the type itself otherwise (so `limit(50)` infers `u64`).
macro_rules! spec_query {
    (@setter $(#[doc = $doc:literal])* $field:ident: String) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $field(mut self, value: impl Into<String>) -> Self {
            self.$field = Some(value.into());
            self
        }
    };
    (@setter $(#[doc = $doc:literal])* $field:ident: $ty:ident) => {
        $(#[doc = $doc])*
        #[must_use]
        pub fn $field(mut self, value: $ty) -> Self {
            self.$field = Some(value);
            self
        }
    };
    (@debug $value:expr, []) => {
        &$value
    };
    (@debug $value:expr, [personal]) => {
        // Personal data (a candidate's name or email) never reaches logs.
        &$value.as_ref().map(|_| "<redacted>")
    };
    (@apply $builder:ident, $value:ident, $field:ident) => {
        $builder = $builder.$field($value)
    };
    (@apply $builder:ident, $value:ident, $field:ident as $raw:ident) => {
        $builder = $builder.$raw($value)
    };
    (@raw $field:ident) => {
        stringify!($field)
    };
    (@raw $field:ident as $raw:ident) => {
        stringify!($raw)
    };

    // With constructor arguments.
    (
        $(#[$meta:meta])*
        pub struct $name:ident for $operation:ident($builder:ident)
            $(, positional($($positional:ident),* $(,)?))?
        {
            required {
                $(
                    $(#[doc = $rdoc:literal])*
                    $rfield:ident: String,
                )*
            }
            $(
                $(#[doc = $doc:literal])*
                $field:ident $(as $raw:ident)?: $ty:ident $([$flag:ident])?,
            )*
        }
    ) => {
        $(#[$meta])*
        ///
        /// The struct is `#[non_exhaustive]`, so the spec can add an optional parameter
        /// without breaking you: build it with `new` and the chainable setters; its fields
        /// stay readable.
        #[derive(Clone)]
        #[non_exhaustive]
        pub struct $name {
            $(
                $(#[doc = $rdoc])*
                pub $rfield: String,
            )*
            $(
                $(#[doc = $doc])*
                pub $field: Option<$ty>,
            )*
        }

        impl $name {
            /// The required parameters (if any) given, every optional one unset, so the
            /// server's defaults apply to those.
            #[must_use]
            pub fn new($($rfield: impl Into<String>),*) -> Self {
                $name {
                    $($rfield: $rfield.into(),)*
                    $($field: None,)*
                }
            }

            $(
                $(#[doc = $rdoc])*
                #[must_use]
                pub fn $rfield(mut self, value: impl Into<String>) -> Self {
                    self.$rfield = value.into();
                    self
                }
            )*

            $(
                $crate::jobmojito::query::spec_query!(@setter $(#[doc = $doc])* $field: $ty);
            )*

            /// Copies every parameter that is set onto the generated builder, under the
            /// generated setter of the same parameter.
            #[allow(unused_mut)]
            pub(crate) fn apply<'a>(
                &self,
                mut builder: jobmojito_raw::functions::builder::$builder<'a>,
            ) -> jobmojito_raw::functions::builder::$builder<'a> {
                $(builder = builder.$rfield(self.$rfield.clone());)*
                $(
                    if let Some(value) = self.$field.clone() {
                        $crate::jobmojito::query::spec_query!(
                            @apply builder, value, $field $(as $raw)?
                        );
                    }
                )*
                builder
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $(.field(stringify!($rfield), &self.$rfield))*
                    $(.field(
                        stringify!($field),
                        $crate::jobmojito::query::spec_query!(@debug self.$field, [$($flag)?]),
                    ))*
                    .finish()
            }
        }

        #[cfg(test)]
        impl $crate::jobmojito::query::SpecQuery for $name {
            type Builder = jobmojito_raw::functions::builder::$builder<'static>;
            const OPERATION: &'static str = stringify!($operation);
            const REQUIRED: &'static [&'static str] = &[$(stringify!($rfield)),*];
            const OPTIONAL: &'static [&'static str] =
                &[$($crate::jobmojito::query::spec_query!(@raw $field $(as $raw)?)),*];
            const POSITIONAL: &'static [&'static str] =
                &[$($(stringify!($positional)),*)?];
        }
    };

    // Every field optional: the same, plus `Default` (which is `new()`).
    (
        $(#[$meta:meta])*
        pub struct $name:ident for $operation:ident($builder:ident)
            $(, positional($($positional:ident),* $(,)?))?
        {
            $($fields:tt)*
        }
    ) => {
        $crate::jobmojito::query::spec_query! {
            $(#[$meta])*
            pub struct $name for $operation($builder) $(, positional($($positional),*))? {
                required {}
                $($fields)*
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    };
}
pub(crate) use spec_query;
