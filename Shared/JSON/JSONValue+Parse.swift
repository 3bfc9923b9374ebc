extension JSONValue {
    /// Parses one JSON text strictly (RFC 8259); see `JSONParser`.
    public static func parse(_ bytes: some Collection<UInt8>,
                             maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try JSONParser(maxDepth: maxDepth).parse(bytes)
    }

    public static func parse(_ bytes: [UInt8],
                             maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try JSONParser(maxDepth: maxDepth).parse(bytes)
    }

    public static func parse(_ text: String,
                             maxDepth: Int = JSONParser.defaultMaxDepth) throws(JSONParseError) -> JSONValue {
        try JSONParser(maxDepth: maxDepth).parse(text)
    }
}
