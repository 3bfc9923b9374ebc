/// Every shape problem of one or more rights, in document order.
public struct RightShapeProblems: Error, Sendable, Equatable {
    public let problems: [RightShapeProblem]

    public init(_ problems: [RightShapeProblem]) { self.problems = problems }
}
