/// Every integration test may use the demo scenario (`Tools/Scenario`).
@_exported import Scenario
