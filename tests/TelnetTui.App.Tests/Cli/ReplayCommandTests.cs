using System.CommandLine;
using System.Text.Json;
using TelnetTui.Cli;
using TelnetTui.Core.Capture;

namespace TelnetTui.App.Tests.Cli;

/// <summary><c>telnettui replay CAPTURE</c> as a user runs it: the final screen as text, a fixed size, a time, asciicast export, bad files.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telnettui-replay-" + Guid.NewGuid().ToString("N"));

    public ReplayCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class StepClock : TimeProvider
    {
        public long Ticks;
        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
        public override long GetTimestamp() => Ticks;
        public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2025, 1, 2, 20, 15, 0, TimeSpan.Zero).AddTicks(Ticks);
    }

    /// <summary>A capture: "Hello" at 0 s, a prompt at 1 s, a resize to 20x3 at 2 s, then "World" and a red word.</summary>
    private string Capture(bool cut = false)
    {
        var clock = new StepClock();
        var path = Path.Combine(_folder, "s.ttcap");
        using (var writer = CaptureWriter.Create(path, clock, new CaptureMeta { Started = clock.GetUtcNow(), Columns = 30, Rows = 4, Host = "mud.test", Port = 4000 }))
        {
            writer.Write(CaptureRecordKind.DataReceived, "Hello\r\n"u8);
            clock.Ticks += TimeSpan.TicksPerSecond;
            writer.Write(CaptureRecordKind.DataReceived, "hp> "u8);
            writer.WritePrompt(249);
            writer.WriteText(CaptureRecordKind.LocalText, "\e[0;93mlook\r\n\e[0m");
            clock.Ticks += TimeSpan.TicksPerSecond;
            writer.WriteResize(20, 3);
            writer.Write(CaptureRecordKind.DataReceived, "World \e[31mred\e[0m"u8);
        }
        if (cut)
        {
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..^3]);
        }
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = CommandLineBuilder.Build().Parse(args);
        if (parse.Errors.Count > 0)
            return (ExitCodes.Usage, "", string.Join("\n", parse.Errors.Select(e => e.Message)));
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Format_text_prints_the_final_screen()
    {
        var (code, output, error) = Run("replay", Capture(), "--format", "text");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        Assert.Equal("Hello\nhp> look\nWorld red\n", output); // the shrink drops the empty rows below the cursor
    }

    [Fact]
    public void A_fixed_size_ignores_the_recorded_resize()
    {
        var (code, output, _) = Run("replay", Capture(), "--format", "text", "--cols", "12", "--rows", "5");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Hello\nhp> look\nWorld red\n\n\n", output);
    }

    [Fact]
    public void At_shows_the_screen_at_that_time()
    {
        var (code, output, _) = Run("replay", Capture(), "--format", "text", "--at", "0.5");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("Hello\n\n\n\n", output);
    }

    [Fact]
    public void Format_ansi_keeps_the_colours()
    {
        var (code, output, _) = Run("replay", Capture(), "--format", "ansi");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\e[0;31mred", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_asciicast_writes_a_valid_file()
    {
        var cast = Path.Combine(_folder, "s.cast");
        var (code, output, error) = Run("replay", Capture(), "--export-asciicast", cast);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        Assert.Equal($"wrote {cast}: 6 events, 30x4\n", output.Replace("\r\n", "\n"));
        var lines = File.ReadAllLines(cast);
        using var header = JsonDocument.Parse(lines[0]);
        Assert.Equal(2, header.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("mud.test:4000", header.RootElement.GetProperty("title").GetString());
        var events = lines.Skip(1).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["o", "o", "m", "o", "r", "o"], events.Select(e => e[1].GetString()));
        Assert.Equal([0.0, 1.0, 1.0, 1.0, 2.0, 2.0], events.Select(e => e[0].GetDouble()));
        Assert.Equal("20x3", events[4][2].GetString());
    }

    [Fact]
    public void A_cut_off_capture_is_shown_up_to_the_cut_with_a_warning()
    {
        var (code, output, error) = Run("replay", Capture(cut: true), "--format", "text");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("ends in the middle of a record", error, StringComparison.Ordinal);
        Assert.Equal("Hello\nhp> look\n\n", output);
    }

    [Fact]
    public void A_file_that_is_not_a_capture_fails_with_the_reason()
    {
        var path = Path.Combine(_folder, "art.ans");
        File.WriteAllText(path, "\e[31mnot a capture");
        var (code, _, error) = Run("replay", path, "--format", "text");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal($"telnettui: {path}: not a TelnetTui capture (the file does not start with the TTCAP header)\n", error.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_missing_file_fails()
    {
        var (code, _, error) = Run("replay", Path.Combine(_folder, "nope.ttcap"), "--format", "text");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.StartsWith("telnettui: cannot read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_options_are_usage_errors()
    {
        Assert.Equal(ExitCodes.Usage, Run("replay", Capture(), "--format", "text", "--cols", "0").Code);
        Assert.Equal(ExitCodes.Usage, Run("replay", Capture(), "--format", "html").Code);
        Assert.Equal(ExitCodes.Usage, Run("replay", Capture(), "--at", "-1", "--format", "text").Code);
        var (code, _, error) = Run("replay", Capture());
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--format text|ansi or --export-asciicast", error, StringComparison.Ordinal);
    }
}
