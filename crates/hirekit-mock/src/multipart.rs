//! A small `multipart/form-data` reader, enough to validate the handwritten upload operations.

use std::collections::BTreeMap;

use bytes::Bytes;

use crate::validate::FormField;

/// The boundary of a `multipart/form-data` content type.
pub fn boundary(content_type: &str) -> Option<String> {
    let (media, params) = content_type.split_once(';')?;
    if !media.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("boundary")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// Splits a form into its fields; `Err` names what is malformed.
pub fn parse(body: &Bytes, boundary: &str) -> Result<BTreeMap<String, FormField>, String> {
    let delimiter = format!("--{boundary}");
    let mut fields = BTreeMap::new();
    let mut rest = &body[..];
    let start = find(rest, delimiter.as_bytes()).ok_or("multipart body has no boundary")?;
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            return Ok(fields);
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or("malformed multipart boundary line")?;
        let head_end = find(rest, b"\r\n\r\n").ok_or("multipart part has no header end")?;
        let head = std::str::from_utf8(&rest[..head_end])
            .map_err(|_| "multipart headers are not UTF-8")?;
        let after_head = &rest[head_end + 4..];
        let next = find(after_head, format!("\r\n{delimiter}").as_bytes())
            .ok_or("multipart part is not terminated")?;
        let data = Bytes::copy_from_slice(&after_head[..next]);
        let mut name = None;
        let mut file_name = None;
        let mut content_type = None;
        for line in head.split("\r\n") {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            if key.trim().eq_ignore_ascii_case("content-disposition") {
                for param in value.split(';').skip(1) {
                    if let Some((k, v)) = param.trim().split_once('=') {
                        let v = v.trim().trim_matches('"').to_string();
                        match k.trim() {
                            "name" => name = Some(v),
                            "filename" => file_name = Some(v),
                            _ => {}
                        }
                    }
                }
            } else if key.trim().eq_ignore_ascii_case("content-type") {
                content_type = Some(value.trim().to_string());
            }
        }
        let name = name.ok_or("multipart part has no name")?;
        fields.insert(
            name,
            FormField {
                file_name,
                content_type,
                data,
            },
        );
        rest = &after_head[next + 2 + delimiter.len()..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_file_fields() {
        let body = Bytes::from_static(
            b"--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nCV\r\n\
              --XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n\
              Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--XyZ--\r\n",
        );
        let b = boundary("multipart/form-data; boundary=XyZ").expect("boundary");
        let fields = parse(&body, &b).expect("valid form");
        assert_eq!(&fields["title"].data[..], b"CV");
        assert_eq!(fields["file"].file_name.as_deref(), Some("cv.pdf"));
        assert_eq!(
            fields["file"].content_type.as_deref(),
            Some("application/pdf")
        );
        assert_eq!(&fields["file"].data[..], b"%PDF-1.4");
    }

    #[test]
    fn malformed_forms_are_errors() {
        assert!(parse(&Bytes::from_static(b"nothing"), "XyZ").is_err());
        assert!(parse(&Bytes::from_static(b"--XyZ\r\nno end"), "XyZ").is_err());
    }
}
