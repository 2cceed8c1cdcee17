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
    #[derive(::serde::Serialize, Clone)]
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
    impl<'de> ::serde::Deserialize<'de> for Error {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Error;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Error")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Error, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __code: ::std::option::Option<
                        ::std::option::Option<ErrorCode>,
                    > = ::std::option::Option::None;
                    let mut __details: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __error: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __error_code: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __error_description: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __hint: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __message: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __msg: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "code" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __code,
                                    "code",
                                )?
                            }
                            "details" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __details,
                                    "details",
                                )?
                            }
                            "error" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __error,
                                    "error",
                                )?
                            }
                            "error_code" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __error_code,
                                    "error_code",
                                )?
                            }
                            "error_description" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __error_description,
                                    "error_description",
                                )?
                            }
                            "hint" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __hint,
                                    "hint",
                                )?
                            }
                            "message" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __message,
                                    "message",
                                )?
                            }
                            "msg" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __msg, "msg")?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Error {
                        code: __code.flatten(),
                        details: __details.flatten(),
                        error: __error.flatten(),
                        error_code: __error_code.flatten(),
                        error_description: __error_description.flatten(),
                        hint: __hint.flatten(),
                        message: __message.flatten(),
                        msg: __msg.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
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
    #[derive(::serde::Serialize, Clone)]
    pub struct PasswordGrant {
        ///The user's email address.
        pub email: ::std::string::String,
        ///The user's password.
        pub password: ::std::string::String,
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for PasswordGrant {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = PasswordGrant;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct PasswordGrant")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<PasswordGrant, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __email: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    let mut __password: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "password" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __password,
                                    "password",
                                )?
                            }
                            _ => {
                                __map.next_value::<::serde::de::IgnoredAny>()?;
                            }
                        }
                    }
                    ::std::result::Result::Ok(PasswordGrant {
                        email: ::hirekit_runtime::de::required(__email, "email")?,
                        password: ::hirekit_runtime::de::required(
                            __password,
                            "password",
                        )?,
                    })
                }
            }
            __deserializer
                .deserialize_struct("PasswordGrant", &["email", "password"], __Visitor)
        }
    }
    impl PasswordGrant {
        pub fn builder() -> builder::PasswordGrant {
            Default::default()
        }
    }
    ///The refresh token to trade for a new session.
    #[derive(::serde::Serialize, Clone)]
    pub struct RefreshTokenGrant {
        ///The refresh token of the current session.
        pub refresh_token: ::std::string::String,
    }
    #[cfg(feature = "deserialize-requests")]
    impl<'de> ::serde::Deserialize<'de> for RefreshTokenGrant {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = RefreshTokenGrant;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct RefreshTokenGrant")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<RefreshTokenGrant, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __refresh_token: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "refresh_token" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __refresh_token,
                                    "refresh_token",
                                )?
                            }
                            _ => {
                                __map.next_value::<::serde::de::IgnoredAny>()?;
                            }
                        }
                    }
                    ::std::result::Result::Ok(RefreshTokenGrant {
                        refresh_token: ::hirekit_runtime::de::required(
                            __refresh_token,
                            "refresh_token",
                        )?,
                    })
                }
            }
            __deserializer
                .deserialize_struct("RefreshTokenGrant", &["refresh_token"], __Visitor)
        }
    }
    impl RefreshTokenGrant {
        pub fn builder() -> builder::RefreshTokenGrant {
            Default::default()
        }
    }
    ///A Supabase Auth session.
    #[derive(::serde::Serialize, Clone)]
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
    impl<'de> ::serde::Deserialize<'de> for Session {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = Session;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct Session")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<Session, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __access_token: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __expires_at: ::std::option::Option<
                        ::std::option::Option<i64>,
                    > = ::std::option::Option::None;
                    let mut __expires_in: ::std::option::Option<i64> = ::std::option::Option::None;
                    let mut __refresh_token: ::std::option::Option<
                        ::std::string::String,
                    > = ::std::option::Option::None;
                    let mut __token_type: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __user: ::std::option::Option<
                        ::std::option::Option<SessionUser>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "access_token" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __access_token,
                                    "access_token",
                                )?
                            }
                            "expires_at" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __expires_at,
                                    "expires_at",
                                )?
                            }
                            "expires_in" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __expires_in,
                                    "expires_in",
                                )?
                            }
                            "refresh_token" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __refresh_token,
                                    "refresh_token",
                                )?
                            }
                            "token_type" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __token_type,
                                    "token_type",
                                )?
                            }
                            "user" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __user,
                                    "user",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(Session {
                        access_token: ::hirekit_runtime::de::required(
                            __access_token,
                            "access_token",
                        )?,
                        expires_at: __expires_at.flatten(),
                        expires_in: ::hirekit_runtime::de::required(
                            __expires_in,
                            "expires_in",
                        )?,
                        refresh_token: ::hirekit_runtime::de::required(
                            __refresh_token,
                            "refresh_token",
                        )?,
                        token_type: __token_type.flatten(),
                        user: __user.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    ///The signed-in user, as Supabase Auth describes it.
    #[derive(::serde::Serialize, Clone)]
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
    impl<'de> ::serde::Deserialize<'de> for SessionUser {
        fn deserialize<__D>(
            __deserializer: __D,
        ) -> ::std::result::Result<Self, __D::Error>
        where
            __D: ::serde::Deserializer<'de>,
        {
            struct __Visitor;
            impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                type Value = SessionUser;
                fn expecting(
                    &self,
                    __formatter: &mut ::std::fmt::Formatter<'_>,
                ) -> ::std::fmt::Result {
                    __formatter.write_str("struct SessionUser")
                }
                fn visit_map<__A>(
                    self,
                    mut __map: __A,
                ) -> ::std::result::Result<SessionUser, __A::Error>
                where
                    __A: ::serde::de::MapAccess<'de>,
                {
                    let mut __app_metadata: ::std::option::Option<
                        ::std::option::Option<
                            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                        >,
                    > = ::std::option::Option::None;
                    let mut __aud: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __email: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __id: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __role: ::std::option::Option<
                        ::std::option::Option<::std::string::String>,
                    > = ::std::option::Option::None;
                    let mut __extra = ::serde_json::Map::new();
                    while let ::std::option::Option::Some(__key) = __map
                        .next_key::<::hirekit_runtime::de::Key<'de>>()?
                    {
                        match __key.as_str() {
                            "app_metadata" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __app_metadata,
                                    "app_metadata",
                                )?
                            }
                            "aud" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __aud, "aud")?
                            }
                            "email" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __email,
                                    "email",
                                )?
                            }
                            "id" => {
                                ::hirekit_runtime::de::field(&mut __map, &mut __id, "id")?
                            }
                            "role" => {
                                ::hirekit_runtime::de::field(
                                    &mut __map,
                                    &mut __role,
                                    "role",
                                )?
                            }
                            _ => {
                                __extra.insert(__key.into_owned(), __map.next_value()?);
                            }
                        }
                    }
                    ::std::result::Result::Ok(SessionUser {
                        app_metadata: __app_metadata.flatten(),
                        aud: __aud.flatten(),
                        email: __email.flatten(),
                        id: __id.flatten(),
                        role: __role.flatten(),
                        extra: __extra,
                    })
                }
            }
            __deserializer.deserialize_map(__Visitor)
        }
    }
    /// Types for composing complex structures.
    /**Builders for the object types an operation takes (request bodies, parameters and the objects nested in them; responses are read, not built), reached through `Type::builder()` and turned into the type with `try_into()` (or passed straight to an operation's `body`).

A setter takes anything that converts into the field's type: a nested builder, `&str` for a `String`, a smaller integer for a wider one. An optional field's setter takes the value itself; `maybe_<field>(option)` passes on an `Option` (`None` leaves the field out), and `clear_<field>()`, present where the API takes `null`, sends `null`. An array field's setter takes any list or iterator whose items convert to the item type, nested builders included; an empty list needs its item type spelled out (`Vec::<Item>::new()`).

A value that does not convert is kept, and the conversion of the builder into its type fails with a `ConversionError` naming the field (and the index of an array item).*/
    pub mod builder {
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
