namespace TelnetTui.EndToEnd.Tests.Infrastructure;

/// <summary>The real telnettui program, built beside the tests (the project references the app).</summary>
public static class AppBinary
{
    /// <summary>Path of telnettui.dll in the test output folder.</summary>
    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "telnettui.dll");
            if (!File.Exists(path))
                throw new FileNotFoundException("telnettui.dll is not beside the tests; the EndToEnd project must reference src/TelnetTui", path);
            return path;
        }
    }

    /// <summary>A shell command line that runs telnettui with the given (already shell-safe) arguments.</summary>
    public static string Command(string arguments) => $"dotnet {Quote(Dll)} {arguments}";

    /// <summary>Single-quotes a value for /bin/sh.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
