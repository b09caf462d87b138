using System.Text;
using TelnetTui.Terminal.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.Terminal.Tests;

/// <summary>
/// libvterm's own test files (../shared/libvterm-t), run at screen level against our terminal.
/// Every assertion that fails must be listed, with its reason, in LibvtermDifferences.txt — and every
/// listed difference must still fail, so the list stays exact.
/// </summary>
public class LibvtermConformanceTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var folder = SharedData.TryFolder("libvterm-t");
        if (folder is null)
        {
            data.Add("(libvterm-t missing)");
            return data;
        }
        foreach (var f in Directory.GetFiles(folder, "*.test").Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Screen_level_assertions_hold_or_are_listed_differences(string file)
    {
        var folder = SharedData.Require("libvterm-t");
        var path = Path.Combine(folder, file);
        var actionLevel = File.ReadLines(path).Any(l => l.Trim() is "WANTPARSER" or "WANTENCODING");
        var results = actionLevel ? LibvtermActionRunner.Run(path) : LibvtermRunner.Run(path);
        var listed = LibvtermDifferences.Load().Where(d => d.Key.StartsWith(file + ":", StringComparison.Ordinal)).ToDictionary();
        var failed = results.Where(r => r.Outcome == LibvtermOutcome.Failed).ToList();
        var unexplained = failed.Where(r => !listed.ContainsKey(r.Id)).ToList();
        var stale = listed.Keys.Where(id => !failed.Any(r => r.Id == id)).ToList();

        var summary = $"{file}: {results.Count(r => r.Outcome == LibvtermOutcome.Passed)} passed, {failed.Count} listed differences, " +
                      $"{results.Count(r => r.Outcome == LibvtermOutcome.NotApplicable)} not applicable";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var message = new StringBuilder(summary);
        foreach (var r in unexplained)
            message.Append($"\n  UNEXPLAINED {r.Id} [{r.Case}] {r.Assertion}: {r.Detail}");
        foreach (var id in stale)
            message.Append($"\n  STALE (now passes or gone) {id}: {listed[id]}");
        Assert.True(unexplained.Count == 0 && stale.Count == 0, message.ToString());
    }

    [Fact]
    public void Most_applicable_assertions_pass()
    {
        var folder = SharedData.Require("libvterm-t");
        var all = Directory.GetFiles(folder, "*.test")
            .SelectMany(f => File.ReadLines(f).Any(l => l.Trim() is "WANTPARSER" or "WANTENCODING") ? LibvtermActionRunner.Run(f) : LibvtermRunner.Run(f))
            .ToList();
        var passed = all.Count(r => r.Outcome == LibvtermOutcome.Passed);
        var failed = all.Count(r => r.Outcome == LibvtermOutcome.Failed);
        TestContext.Current.TestOutputHelper?.WriteLine($"libvterm: {passed} passed, {failed} listed differences, {all.Count(r => r.Outcome == LibvtermOutcome.NotApplicable)} not applicable");
        Assert.True(passed >= 400, $"only {passed} libvterm assertions pass");
        Assert.True(failed * 10 < passed, $"{failed} differences against {passed} passes");
    }
}

/// <summary>LibvtermDifferences.txt: "FILE:LINE | reason" per deliberate difference.</summary>
public static class LibvtermDifferences
{
    public static Dictionary<string, string> Load()
    {
        var path = SharedData.InRepo(Path.Combine("tests", "TelnetTui.Terminal.Tests", "LibvtermDifferences.txt"));
        var result = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var bar = line.IndexOf('|');
            result[line[..bar].Trim()] = line[(bar + 1)..].Trim();
        }
        return result;
    }
}
