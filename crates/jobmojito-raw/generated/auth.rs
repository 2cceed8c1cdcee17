// @generated from `specs/jobmojito-tables.yaml` (its operations marked `x-hirekit-module: auth`)
// by hirekit's codegen crate. Do not edit: change the spec, then run
// `cargo xtask codegen` to refresh the committed review copy.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///An error body from PostgREST or from Supabase Auth. Every field is optional, since each server fills only its own.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
    pub struct Error {
        ///PostgREST: an error code such as `PGRST116` or a PostgreSQL code such as `23505`. Supabase Auth (newer servers): the HTTP status as a number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<ErrorCode>,
        ///PostgREST: more detail, when there is any.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::std::string::String>,
        ///Supabase Auth (token endpoint): an error code such as `invalid_grant`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        ///Supabase Auth (newer servers): an error code such as `invalid_credentials`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_code: ::std::option::Option<::std::string::String>,
        ///Supabase Auth (token endpoint): what went wrong.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        ///PostgREST: a hint at a fix, when there is one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hint: ::std::option::Option<::std::string::String>,
        ///PostgREST: what went wrong.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///Supabase Auth (newer servers): what went wrong.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub msg: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Error {
        pub fn builder() -> builder::Error {
            Default::default()
        }
    }
    ///`ErrorCode`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ErrorCode {
        Integer(i64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for ErrorCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Integer(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<i64> for ErrorCode {
        fn from(value: i64) -> Self {
            Self::Integer(value)
        }
    }
    ///Credentials for the password grant.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
    pub struct PasswordGrant {
        ///The user's email address.
        pub email: ::std::string::String,
        ///The user's password.
        pub password: ::std::string::String,
    }
    impl PasswordGrant {
        pub fn builder() -> builder::PasswordGrant {
            Default::default()
        }
    }
    ///The refresh token to trade for a new session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
    pub struct RefreshTokenGrant {
        ///The refresh token of the current session.
        pub refresh_token: ::std::string::String,
    }
    impl RefreshTokenGrant {
        pub fn builder() -> builder::RefreshTokenGrant {
            Default::default()
        }
    }
    ///A Supabase Auth session.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
    pub struct Session {
        ///The user's access token (JWT), for `Authorization: Bearer`.
        pub access_token: ::std::string::String,
        ///When the access token expires, in Unix seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expires_at: ::std::option::Option<i64>,
        ///Seconds until the access token expires (about 3600).
        pub expires_in: i64,
        ///Single-use token for `refresh_session`.
        pub refresh_token: ::std::string::String,
        ///Token type, `bearer`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token_type: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<SessionUser>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl Session {
        pub fn builder() -> builder::Session {
            Default::default()
        }
    }
    ///The signed-in user, as Supabase Auth describes it.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone)]
    pub struct SessionUser {
        ///Metadata only the server sets; `merchant_id` names the user's home merchant.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub app_metadata: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
        ///Token audience, normally `authenticated`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub aud: ::std::option::Option<::std::string::String>,
        ///The user's email address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        ///The user id, which is also the `profile` id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Database role, normally `authenticated`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl SessionUser {
        pub fn builder() -> builder::SessionUser {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    /**Builders for the types of this module, one per object type, reached through `Type::builder()` and turned into the type with `try_into()` (or passed straight to an operation's `body`).

A setter takes anything that converts into the field's type: a nested builder, `&str` for a `String`, a smaller integer for a wider one. An optional field's setter takes the value itself; `maybe_<field>(option)` passes on an `Option` (`None` leaves the field out), and `clear_<field>()`, present where the API takes `null`, sends `null`. An array field's setter takes any list or iterator whose items convert to the item type, nested builders included; an empty list needs its item type spelled out (`Vec::<Item>::new()`).

A value that does not convert is kept, and the conversion of the builder into its type fails with a `ConversionError` naming the field (and the index of an array item).*/
    pub mod builder {
        #[derive(Clone)]
        pub struct Error {
            code: ::std::result::Result<
                ::std::option::Option<super::ErrorCode>,
                ::std::string::String,
            >,
            details: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            msg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Error {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    details: Ok(Default::default()),
                    error: Ok(Default::default()),
                    error_code: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    hint: Ok(Default::default()),
                    message: Ok(Default::default()),
                    msg: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Error {
            ///Sets `code` (optional, left out until set).
            pub fn code<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<super::ErrorCode>,
                V::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            ///Sets `code` from an `Option`: `None` leaves it out.
            pub fn maybe_code(
                mut self,
                value: ::std::option::Option<super::ErrorCode>,
            ) -> Self {
                self.code = Ok(value);
                self
            }
            ///Sets `details` (optional, left out until set).
            pub fn details<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
            ///Sets `details` from an `Option`: `None` leaves it out.
            pub fn maybe_details(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.details = Ok(value);
                self
            }
            ///Sets `error` (optional, left out until set).
            pub fn error<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            ///Sets `error` from an `Option`: `None` leaves it out.
            pub fn maybe_error(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.error = Ok(value);
                self
            }
            ///Sets `error_code` (optional, left out until set).
            pub fn error_code<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.error_code = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for error_code: {e}")
                    });
                self
            }
            ///Sets `error_code` from an `Option`: `None` leaves it out.
            pub fn maybe_error_code(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.error_code = Ok(value);
                self
            }
            ///Sets `error_description` (optional, left out until set).
            pub fn error_description<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            ///Sets `error_description` from an `Option`: `None` leaves it out.
            pub fn maybe_error_description(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.error_description = Ok(value);
                self
            }
            ///Sets `hint` (optional, left out until set).
            pub fn hint<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.hint = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for hint: {e}")
                    });
                self
            }
            ///Sets `hint` from an `Option`: `None` leaves it out.
            pub fn maybe_hint(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.hint = Ok(value);
                self
            }
            ///Sets `message` (optional, left out until set).
            pub fn message<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            ///Sets `message` from an `Option`: `None` leaves it out.
            pub fn maybe_message(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.message = Ok(value);
                self
            }
            ///Sets `msg` (optional, left out until set).
            pub fn msg<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.msg = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for msg: {e}")
                    });
                self
            }
            ///Sets `msg` from an `Option`: `None` leaves it out.
            pub fn maybe_msg(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.msg = Ok(value);
                self
            }
            ///Sets the properties beyond the named ones (required).
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Error> for super::Error {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Error,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    details: value.details?,
                    error: value.error?,
                    error_code: value.error_code?,
                    error_description: value.error_description?,
                    hint: value.hint?,
                    message: value.message?,
                    msg: value.msg?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Error> for Error {
            fn from(value: super::Error) -> Self {
                Self {
                    code: Ok(value.code),
                    details: Ok(value.details),
                    error: Ok(value.error),
                    error_code: Ok(value.error_code),
                    error_description: Ok(value.error_description),
                    hint: Ok(value.hint),
                    message: Ok(value.message),
                    msg: Ok(value.msg),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone)]
        pub struct PasswordGrant {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PasswordGrant {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }
        impl PasswordGrant {
            ///Sets `email` (required).
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `password` (required).
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PasswordGrant> for super::PasswordGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PasswordGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::PasswordGrant> for PasswordGrant {
            fn from(value: super::PasswordGrant) -> Self {
                Self {
                    email: Ok(value.email),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone)]
        pub struct RefreshTokenGrant {
            refresh_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshTokenGrant {
            fn default() -> Self {
                Self {
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                }
            }
        }
        impl RefreshTokenGrant {
            ///Sets `refresh_token` (required).
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshTokenGrant> for super::RefreshTokenGrant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshTokenGrant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshTokenGrant> for RefreshTokenGrant {
            fn from(value: super::RefreshTokenGrant) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }
        #[derive(Clone)]
        pub struct Session {
            access_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            expires_in: ::std::result::Result<i64, ::std::string::String>,
            refresh_token: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::SessionUser>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Session {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    expires_at: Ok(Default::default()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    refresh_token: Err(
                        "no value supplied for refresh_token".to_string(),
                    ),
                    token_type: Ok(Default::default()),
                    user: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl Session {
            ///Sets `access_token` (required).
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            ///Sets `expires_at` (optional, left out until set).
            pub fn expires_at<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<i64>,
                V::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            ///Sets `expires_at` from an `Option`: `None` leaves it out.
            pub fn maybe_expires_at(
                mut self,
                value: ::std::option::Option<i64>,
            ) -> Self {
                self.expires_at = Ok(value);
                self
            }
            ///Sets `expires_in` (required).
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_in: {e}")
                    });
                self
            }
            ///Sets `refresh_token` (required).
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            ///Sets `token_type` (optional, left out until set).
            pub fn token_type<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
            ///Sets `token_type` from an `Option`: `None` leaves it out.
            pub fn maybe_token_type(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.token_type = Ok(value);
                self
            }
            ///Sets `user` (optional, left out until set).
            pub fn user<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<super::SessionUser>,
                V::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            ///Sets `user` from an `Option`: `None` leaves it out.
            pub fn maybe_user(
                mut self,
                value: ::std::option::Option<super::SessionUser>,
            ) -> Self {
                self.user = Ok(value);
                self
            }
            ///Sets the properties beyond the named ones (required).
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Session> for super::Session {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Session,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_at: value.expires_at?,
                    expires_in: value.expires_in?,
                    refresh_token: value.refresh_token?,
                    token_type: value.token_type?,
                    user: value.user?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::Session> for Session {
            fn from(value: super::Session) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_at: Ok(value.expires_at),
                    expires_in: Ok(value.expires_in),
                    refresh_token: Ok(value.refresh_token),
                    token_type: Ok(value.token_type),
                    user: Ok(value.user),
                    extra: Ok(value.extra),
                }
            }
        }
        #[derive(Clone)]
        pub struct SessionUser {
            app_metadata: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
            aud: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            extra: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SessionUser {
            fn default() -> Self {
                Self {
                    app_metadata: Ok(Default::default()),
                    aud: Ok(Default::default()),
                    email: Ok(Default::default()),
                    id: Ok(Default::default()),
                    role: Ok(Default::default()),
                    extra: Err("no value supplied for extra".to_string()),
                }
            }
        }
        impl SessionUser {
            ///Sets `app_metadata` (optional, left out until set).
            pub fn app_metadata<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                V::Error: ::std::fmt::Display,
            {
                self.app_metadata = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for app_metadata: {e}")
                    });
                self
            }
            ///Sets `app_metadata` from an `Option`: `None` leaves it out.
            pub fn maybe_app_metadata(
                mut self,
                value: ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
            ) -> Self {
                self.app_metadata = Ok(value);
                self
            }
            ///Sets `aud` (optional, left out until set).
            pub fn aud<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.aud = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for aud: {e}")
                    });
                self
            }
            ///Sets `aud` from an `Option`: `None` leaves it out.
            pub fn maybe_aud(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.aud = Ok(value);
                self
            }
            ///Sets `email` (optional, left out until set).
            pub fn email<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            ///Sets `email` from an `Option`: `None` leaves it out.
            pub fn maybe_email(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.email = Ok(value);
                self
            }
            ///Sets `id` (optional, left out until set).
            pub fn id<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            ///Sets `id` from an `Option`: `None` leaves it out.
            pub fn maybe_id(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.id = Ok(value);
                self
            }
            ///Sets `role` (optional, left out until set).
            pub fn role<V>(mut self, value: V) -> Self
            where
                V: ::std::convert::TryInto<::std::string::String>,
                V::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map(::std::option::Option::Some)
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            ///Sets `role` from an `Option`: `None` leaves it out.
            pub fn maybe_role(
                mut self,
                value: ::std::option::Option<::std::string::String>,
            ) -> Self {
                self.role = Ok(value);
                self
            }
            ///Sets the properties beyond the named ones (required).
            pub fn extra<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.extra = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for extra: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SessionUser> for super::SessionUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SessionUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    app_metadata: value.app_metadata?,
                    aud: value.aud?,
                    email: value.email?,
                    id: value.id?,
                    role: value.role?,
                    extra: value.extra?,
                })
            }
        }
        impl ::std::convert::From<super::SessionUser> for SessionUser {
            fn from(value: super::SessionUser) -> Self {
                Self {
                    app_metadata: Ok(value.app_metadata),
                    aud: Ok(value.aud),
                    email: Ok(value.email),
                    id: Ok(value.id),
                    role: Ok(value.role),
                    extra: Ok(value.extra),
                }
            }
        }
        impl ::std::fmt::Debug for Error {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Error").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for PasswordGrant {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("PasswordGrant").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for RefreshTokenGrant {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("RefreshTokenGrant").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for Session {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("Session").finish_non_exhaustive()
            }
        }
        impl ::std::fmt::Debug for SessionUser {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct("SessionUser").finish_non_exhaustive()
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
    impl ::std::fmt::Debug for Error {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Error")
                .field("code", &self.code)
                .field("details", &self.details)
                .field("error", &self.error)
                .field("error_code", &self.error_code)
                .field("error_description", &self.error_description)
                .field("hint", &self.hint)
                .field("message", &self.message)
                .field("msg", &self.msg)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for PasswordGrant {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("PasswordGrant")
                .field("email", &::std::format_args!("<redacted>"))
                .field("password", &::std::format_args!("<redacted>"))
                .finish()
        }
    }
    impl ::std::fmt::Debug for RefreshTokenGrant {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("RefreshTokenGrant")
                .field("refresh_token", &::std::format_args!("<redacted>"))
                .finish()
        }
    }
    impl ::std::fmt::Debug for Session {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("Session")
                .field("access_token", &::std::format_args!("<redacted>"))
                .field("expires_at", &self.expires_at)
                .field("expires_in", &self.expires_in)
                .field("refresh_token", &::std::format_args!("<redacted>"))
                .field("token_type", &self.token_type)
                .field("user", &self.user)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
    impl ::std::fmt::Debug for SessionUser {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("SessionUser")
                .field("app_metadata", &self.app_metadata)
                .field("aud", &self.aud)
                .field("email", &::std::format_args!("<redacted>"))
                .field("id", &self.id)
                .field("role", &self.role)
                .field("extra", &self.extra.keys().collect::<::std::vec::Vec<_>>())
                .finish()
        }
    }
}
#[derive(Clone, Debug)]
/**Client for JobMojito Tables API

Hand-kept description of the JobMojito Tables API: direct access to 19 tables of the JobMojito database through Supabase PostgREST (`/rest/v1/<table>`), plus the two Supabase Auth calls that obtain and refresh the user token it needs (`/auth/v1/token`). JobMojito's older documentation lists the tables with four operations each but none of its pages could be read, and the newer documentation drops the Tables API altogether; so methods, headers, columns and error bodies here follow Supabase conventions and the fields other JobMojito sources reveal. Every table operation needs both a user access token (`Authorization: Bearer`) and the project's anon key (`apikey` header); row-level security limits the rows to the caller's merchant. Rows keep unknown columns, so columns this file does not list are not lost.

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}
impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &() {
        &()
    }
}
impl ClientHooks<()> for &Client {}
impl Client {
    /**Sign in with email and password

Exchanges a user's email and password for a session: a short-lived access token (about an hour) to send as `Authorization: Bearer` on every other call, and a refresh token for `refresh_session`. This is Supabase Auth's password grant. It shares its URL with `refresh_session`; the two differ only in the `grant_type` query value, which is why the query string is written into the path.

Sends a `POST` request to `/auth/v1/token?grant_type=password`

Arguments:
- `apikey`: The Supabase project's anon key. No JobMojito source publishes it; ask the vendor.
- `body`
```ignore
let response = client.sign_in_with_password()
    .apikey(apikey)
    .body(body)
    .send()
    .await;
```*/
    pub fn sign_in_with_password(&self) -> builder::SignInWithPassword<'_> {
        builder::SignInWithPassword::new(self)
    }
    /**Refresh a session

Trades a refresh token for a new session with a fresh access token. Supabase rotates refresh tokens, so keep the one in the answer and drop the old one. This is Supabase Auth's refresh-token grant; it shares its URL with `sign_in_with_password` and differs only in the `grant_type` query value, which is why the query string is written into the path.

Sends a `POST` request to `/auth/v1/token?grant_type=refresh_token`

Arguments:
- `apikey`: The Supabase project's anon key. No JobMojito source publishes it; ask the vendor.
- `body`
```ignore
let response = client.refresh_session()
    .apikey(apikey)
    .body(body)
    .send()
    .await;
```*/
    pub fn refresh_session(&self) -> builder::RefreshSession<'_> {
        builder::RefreshSession::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::sign_in_with_password`]

[`Client::sign_in_with_password`]: super::Client::sign_in_with_password*/
    #[derive(Clone)]
    pub struct SignInWithPassword<'a> {
        client: &'a super::Client,
        apikey: Result<::std::string::String, String>,
        body: Result<types::builder::PasswordGrant, String>,
    }
    impl<'a> SignInWithPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                apikey: Err("apikey was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn apikey<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.apikey = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for apikey failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PasswordGrant>,
            <V as std::convert::TryInto<types::PasswordGrant>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `PasswordGrant` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PasswordGrant,
            ) -> types::builder::PasswordGrant,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/v1/token?grant_type=password`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Session>, Error<types::Error>> {
            let Self { client, apikey, body } = self;
            let apikey = apikey.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::PasswordGrant::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/v1/token?grant_type=password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("apikey", apikey.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_with_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `sign_in_with_password` (`POST /auth/v1/token?grant_type=password`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::SIGN_IN_WITH_PASSWORD;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, apikey, body } = self;
            let apikey = apikey.map_err(::hirekit_runtime::RequestError::invalid)?;
            let body = body
                .and_then(|v| {
                    types::PasswordGrant::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!("{}/auth/v1/token?grant_type=password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("apikey", apikey.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Session, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    /**Builder for [`Client::refresh_session`]

[`Client::refresh_session`]: super::Client::refresh_session*/
    #[derive(Clone)]
    pub struct RefreshSession<'a> {
        client: &'a super::Client,
        apikey: Result<::std::string::String, String>,
        body: Result<types::builder::RefreshTokenGrant, String>,
    }
    impl<'a> RefreshSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                apikey: Err("apikey was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn apikey<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.apikey = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for apikey failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshTokenGrant>,
            <V as std::convert::TryInto<
                types::RefreshTokenGrant,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RefreshTokenGrant` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RefreshTokenGrant,
            ) -> types::builder::RefreshTokenGrant,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/auth/v1/token?grant_type=refresh_token`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Session>, Error<types::Error>> {
            let Self { client, apikey, body } = self;
            let apikey = apikey.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::RefreshTokenGrant::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/auth/v1/token?grant_type=refresh_token", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("apikey", apikey.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16..=499u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16..=599u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
        ///The route of `refresh_session` (`POST /auth/v1/token?grant_type=refresh_token`).
        pub const ROUTE: &'static ::hirekit_runtime::Route = &super::routes::REFRESH_SESSION;
        /// This operation's route (the same as `Self::ROUTE`, reachable from a value).
        pub fn route(&self) -> &'static ::hirekit_runtime::Route {
            Self::ROUTE
        }
        /// Builds the request without sending it; a parameter that is missing or refused
        /// its value fails here, naming it.
        pub fn request(
            self,
        ) -> ::std::result::Result<::reqwest::Request, ::hirekit_runtime::RequestError> {
            let Self { client, apikey, body } = self;
            let apikey = apikey.map_err(::hirekit_runtime::RequestError::invalid)?;
            let body = body
                .and_then(|v| {
                    types::RefreshTokenGrant::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(::hirekit_runtime::RequestError::invalid)?;
            let url = format!(
                "{}/auth/v1/token?grant_type=refresh_token", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            header_map.append("apikey", apikey.to_string().try_into()?);
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            ::std::result::Result::Ok(request)
        }
        /// Sends the request through `executor` and decodes the documented answer; every
        /// failure is the executor's error.
        pub async fn execute<X: ::hirekit_runtime::Executor>(
            self,
            executor: &X,
        ) -> ::std::result::Result<types::Session, X::Error> {
            let route = Self::ROUTE;
            let request = self.request().map_err(|error| executor.reject(route, error))?;
            let answer = executor.send(route, request).await?;
            executor.decode(route, &answer)
        }
    }
    impl<'a> ::std::fmt::Debug for SignInWithPassword<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("SignInWithPassword").finish_non_exhaustive()
        }
    }
    impl<'a> ::std::fmt::Debug for RefreshSession<'a> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct("RefreshSession").finish_non_exhaustive()
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// Every operation of the spec as a route the transport reads: one constant per
/// operationId (upper case), and [`routes::ALL`] in spec order.
pub mod routes {
    use ::hirekit_runtime::{Method, Pagination, Route, TimeoutClass};
    ///`sign_in_with_password`: `POST /auth/v1/token?grant_type=password`.
    pub const SIGN_IN_WITH_PASSWORD: Route = Route {
        operation_id: "sign_in_with_password",
        method: Method::Post,
        path: "/auth/v1/token?grant_type=password",
        idempotent: false,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    ///`refresh_session`: `POST /auth/v1/token?grant_type=refresh_token`.
    pub const REFRESH_SESSION: Route = Route {
        operation_id: "refresh_session",
        method: Method::Post,
        path: "/auth/v1/token?grant_type=refresh_token",
        idempotent: false,
        timeout: TimeoutClass::Standard,
        pagination: Pagination::None,
        handwritten: false,
    };
    /// Every operation, generated or implemented by hand, in spec order.
    pub const ALL: &[Route] = &[SIGN_IN_WITH_PASSWORD, REFRESH_SESSION];
}
