extension UnitRow: RenderableUnit {
    var documentBytes: [UInt8] { Array(document.utf8) }
}
