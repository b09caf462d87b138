using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.App;

/// <summary>
/// The program built in Release, for the load measurements: the test run's own build is Debug, whose
/// JIT output is unoptimised (several times slower) and says nothing about what users run. Built once per
/// test run with <c>dotnet build -c Release</c> (incremental when it is already there).
/// </summary>
public static class ReleaseBuild
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);
    private static readonly Lazy<string> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Path of the Release telnettui.dll.</summary>
    public static string Dll => Built.Value;

    private static string Build()
    {
        var project = SharedData.InRepo(Path.Combine("src", "TelnetTui", "TelnetTui.csproj"));
        var output = SharedData.InRepo(Path.Combine("src", "TelnetTui", "bin", "Release", "net10.0"));
        var dotnet = RequiredTool.Require("dotnet", "dotnet-sdk");
        var (code, stdout, stderr) = RequiredTool.Run(dotnet, ["build", project, "-c", "Release", "--nologo", "-v", "quiet"], BuildTimeout);
        if (code != 0)
            Assert.Fail($"the Release build failed ({code}):\n{stdout}\n{stderr}");
        var dll = Path.Combine(output, "telnettui.dll");
        Assert.True(File.Exists(dll), $"no {dll} after the Release build");
        return dll;
    }
}
