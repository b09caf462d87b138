using System.Text;
using TelnetTui.EndToEnd.Tests.Infrastructure;
using TelnetTui.Testing;

namespace TelnetTui.EndToEnd.Tests.Terminal;

/// <summary>`telnettui view` as a user runs it: output, exit codes (DESIGN.md: 0 ok, 1 runtime failure, 2 bad usage), messages.</summary>
public sealed class ViewCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("telnettui-view-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Out, string Err) View(params string[] args)
    {
        var dotnet = RequiredTool.Require("dotnet", "dotnet-sdk");
        return RequiredTool.Run(dotnet, [AppBinary.Dll, "view", .. args], TimeSpan.FromSeconds(60));
    }

    /// <summary>A small CP437 ANSI art file with a SAUCE record: 20 columns, 2 lines, iCE colours.</summary>
    private static byte[] Art()
    {
        var content = new List<byte>();
        content.AddRange("\e[0;33m"u8.ToArray());
        content.AddRange(Enumerable.Repeat((byte)0xDB, 3));            // ███ in brown
        content.AddRange("\e[1;37m "u8.ToArray());
        content.AddRange(new byte[] { 0x01, 0x02, 0x03 });              // ☺☻♥
        content.AddRange("\r\n\e[5;44mice\e[0m"u8.ToArray());
        content.Add(0x1A);
        var r = new byte[128];
        "SAUCE00"u8.CopyTo(r);
        Encoding.ASCII.GetBytes("Test art".PadRight(35)).CopyTo(r, 7);
        r[94] = 1; // Character
        r[95] = 1; // ANSi
        BitConverter.GetBytes((ushort)20).CopyTo(r, 96);
        BitConverter.GetBytes((ushort)2).CopyTo(r, 98);
        r[105] = 1; // iCE colours
        content.AddRange(r);
        return content.ToArray();
    }

    [Fact]
    public void Text_format_prints_rows_and_exits_zero()
    {
        var file = WriteFile("plain.txt", "first\nsecond line   \n"u8.ToArray());
        var (code, output, _) = View(file, "--cols", "20", "--rows", "3");
        Assert.Equal(0, code);
        Assert.Equal("first\nsecond line\n\n", output);
    }

    [Fact]
    public void Sauce_art_is_shown_in_cp437_at_its_own_size_without_the_record()
    {
        var (code, output, _) = View(WriteFile("art.ans", Art()));
        Assert.Equal(0, code);
        Assert.Equal("\u2588\u2588\u2588 \u263a\u263b\u2665\nice\n", output);
    }

    [Fact]
    public void Ansi_format_shows_the_art_in_colour_in_a_real_terminal()
    {
        var file = WriteFile("art.ans", Art());
        using var tmux = TmuxSession.Start(AppBinary.Command($"view {AppBinary.Quote(file)} --format ansi"), 40, 6);
        Assert.Equal(0, tmux.WaitForExit(TimeSpan.FromSeconds(60)));
        var plain = tmux.WaitForText("\u2588\u2588\u2588");
        Assert.Contains("\u263a\u263b\u2665", plain);
        var coloured = tmux.Capture(escapes: true);
        Assert.Contains("38;2;170;85;0", coloured);  // CGA brown, not dark yellow
        Assert.Contains("48;2;85;85;255", coloured); // iCE: blink on blue became bright blue background
    }

    [Fact]
    public void Scrollback_option_prints_the_lines_that_scrolled_off()
    {
        var file = WriteFile("long.txt", Encoding.ASCII.GetBytes(string.Join("\n", Enumerable.Range(1, 30)) + "\n"));
        var (_, screenOnly, _) = View(file, "--rows", "5");
        Assert.Equal("27\n28\n29\n30\n\n", screenOnly);
        var (code, all, _) = View(file, "--rows", "5", "--scrollback");
        Assert.Equal(0, code);
        Assert.StartsWith("1\n2\n3\n", all);
        Assert.EndsWith("29\n30\n\n", all);
    }

    [Fact]
    public void Encoding_option_decodes_the_file()
    {
        var file = WriteFile("koi8.txt", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]);
        var (code, output, _) = View(file, "--encoding", "koi8-r", "--rows", "1");
        Assert.Equal(0, code);
        Assert.Equal("\u041f\u0440\u0438\u0432\u0435\u0442\n", output);
    }

    [Fact]
    public void A_missing_file_is_a_runtime_failure_naming_it()
    {
        var missing = Path.Combine(_dir.FullName, "nope.ans");
        var (code, _, error) = View(missing);
        Assert.Equal(1, code);
        Assert.Contains("nope.ans", error);
    }

    [Theory]
    [InlineData("--cols", "0", "--cols must be between 1 and 2048")]
    [InlineData("--rows", "99999", "--rows must be between 1 and 2048")]
    [InlineData("--encoding", "klingon", "unknown encoding 'klingon'")]
    [InlineData("--format", "html", "html")]
    public void Bad_options_are_bad_usage(string option, string value, string message)
    {
        var file = WriteFile("x.txt", "x"u8.ToArray());
        var (code, _, error) = View(file, option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var (code, output, _) = View("--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--cols", "--rows", "--format", "--encoding", "--scrollback" })
            Assert.Contains(option, output);
    }
}
