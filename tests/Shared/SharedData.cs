namespace TelnetTui.Testing;

/// <summary>
/// Finds the repository and the conformance data in <c>../shared/</c> beside it.
/// Where a folder is absent (a user's own clone) a test that needs it reports that it did not run;
/// under <c>CI=true</c> the same absence is a failure, never a silent skip.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding TelnetTui.sln.</summary>
    public static string RepoRoot => Root.Value;

    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("CI") == "1";

    /// <summary>Path of <c>../shared/{name}</c>, or null when it is not there.</summary>
    public static string? TryFolder(string name)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", name));
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>
    /// Path of <c>../shared/{name}</c>. When it is missing: fails under CI, otherwise marks the test skipped.
    /// </summary>
    public static string Require(string name)
    {
        var path = TryFolder(name);
        if (path is not null)
            return path;
        var message = $"../shared/{name} is not beside the repository ({RepoRoot}); this conformance test did not run.";
        if (IsCi)
            Assert.Fail(message + " Under CI=true that is a failure.");
        Assert.Skip(message);
        return null!; // unreachable: Assert.Skip throws
    }

    /// <summary>Path of a file in the repository, from its path relative to the root.</summary>
    public static string InRepo(string relative) => Path.Combine(RepoRoot, relative);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelnetTui.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"TelnetTui.sln not found above {AppContext.BaseDirectory}");
    }
}
