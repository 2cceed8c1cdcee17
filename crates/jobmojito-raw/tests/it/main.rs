//! jobmojito-raw's integration tests, built as one test binary (issue 12).

mod review_copy;
mod setters;
