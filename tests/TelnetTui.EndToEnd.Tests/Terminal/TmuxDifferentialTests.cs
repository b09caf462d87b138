using System.Diagnostics;
using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Terminal;

/// <summary>
/// Differential test against a reference nobody here wrote: for each stream, `telnettui view FILE
/// --format text` must print what tmux shows after `cat FILE` in an 80x25 pane (capture-pane -p).
/// Streams: our corpus (Terminal/Corpus/*.stream) and random ones from fixed seeds.
/// Left out on purpose, because tmux 3.3 differs from xterm there and we follow xterm (see
/// StreamGenerator for the list): operations in the pending-wrap state, edits of half a wide character,
/// CHT, BS at column 0, insert mode across a wrap, IL/DL outside the scrolling region (tmux acts, xterm
/// ignores them), and DEC line drawing (capture-pane prints the ASCII source characters).
/// </summary>
public class TmuxDifferentialTests
{
    private const int Columns = 80;
    private const int Rows = 25;
    private const int GeneratedStreams = 24;

    private static string CorpusFolder => SharedData.InRepo(Path.Combine("tests", "TelnetTui.EndToEnd.Tests", "Terminal", "Corpus"));

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(CorpusFolder, "*.stream").Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, GeneratedStreams));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_stream_renders_as_in_tmux(string name)
    {
        var bytes = StreamText.Decode(File.ReadAllText(Path.Combine(CorpusFolder, name)));
        AssertSameAsTmux(name, bytes);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Generated_stream_renders_as_in_tmux(int seed)
    {
        AssertSameAsTmux($"seed {seed}", StreamGenerator.Generate(seed, 300));
    }

    private static void AssertSameAsTmux(string name, byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("telnettui-diff-");
        try
        {
            var file = Path.Combine(dir.FullName, "stream.bin");
            File.WriteAllBytes(file, bytes);
            var ours = RunView(file);
            var theirs = RunTmux(file);
            var diff = new List<string>();
            for (var r = 0; r < Rows; r++)
            {
                var a = r < ours.Length ? ours[r] : "";
                var b = r < theirs.Length ? theirs[r] : "";
                if (a != b)
                    diff.Add($"  row {r,2}: view '{a}'\n          tmux '{b}'");
            }
            Assert.True(diff.Count == 0, $"{name}: view differs from tmux\n{string.Join("\n", diff)}");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string[] RunView(string file)
    {
        var dotnet = RequiredTool.Require("dotnet", "dotnet-sdk");
        var (code, stdout, stderr) = RequiredTool.Run(dotnet, [AppBinary.Dll, "view", file, "--cols", $"{Columns}", "--rows", $"{Rows}", "--format", "text"], TimeSpan.FromSeconds(60));
        Assert.True(code == 0, $"view exited {code}: {stderr}");
        return Lines(stdout);
    }

    private static string[] RunTmux(string file)
    {
        // After the stream, a title change (OSC 2, which leaves the screen alone) tells us tmux has read
        // everything before it; the shell then stays alive so tmux keeps reading its pty to the end.
        var marker = $"done-{Guid.NewGuid():N}";
        using var tmux = TmuxSession.Start($"cat {AppBinary.Quote(file)}; printf '\\033]2;{marker}\\007'; sleep 120", Columns, Rows);
        var path = RequiredTool.Require("tmux", "tmux");
        var sw = Stopwatch.StartNew();
        var title = "";
        while (sw.Elapsed < TimeSpan.FromSeconds(30))
        {
            (_, title, _) = RequiredTool.Run(path, ["-L", tmux.Socket, "display-message", "-p", "-t", "main", "#{pane_title}"], TimeSpan.FromSeconds(10));
            if (title.Trim() == marker)
                break;
            Thread.Sleep(50);
        }
        Assert.True(title.Trim() == marker, $"tmux did not finish reading the stream (pane title '{title.Trim()}')");
        return Lines(tmux.Capture());
    }

    private static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd(' ')).ToArray();
}
