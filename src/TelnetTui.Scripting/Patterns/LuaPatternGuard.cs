namespace TelnetTui.Scripting.Patterns;

/// <summary>Placeholder until the Lua pattern cost check lands.</summary>
internal static class LuaPatternGuard
{
    public static void Check(ReadOnlySpan<byte> subject, ReadOnlySpan<byte> pattern, string function)
    {
        _ = subject;
        _ = pattern;
        _ = function;
    }
}
