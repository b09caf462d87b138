namespace TelnetTui.Fuzz;

/// <summary>A fuzz oracle said no: whole and chunked runs differ, or a result breaks the parser's own contract.</summary>
public sealed class FuzzCheckException(string message) : Exception(message);
