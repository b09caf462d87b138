using System.Diagnostics;
using System.Text;
using System.Text.Json;
using TelnetTui.Testing;

namespace TelnetTui.Tui.Tests.Rendering;

/// <summary>One cell as the reference terminal (python3-pyte) holds it.</summary>
public readonly record struct PyteCell(string Data, string Fg, string Bg, bool Bold, bool Italic, bool Underline, bool Strike, bool Reverse);

/// <summary>A screen snapshot from the reference terminal: cells[row][column], cursor and its visibility.</summary>
public sealed record PyteScreen(PyteCell[][] Cells, int CursorX, int CursorY, bool CursorVisible);

/// <summary>
/// Runs python3-pyte (Debian package python3-pyte, a VT emulator independent of this project) on encoded
/// frames through Rendering/pyte_screen.py. Cases go in as JSON lines; one process serves a whole test.
/// </summary>
public static class ReferenceTerminal
{
    public static string RequirePython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", RequiredTool.Find("python3") })
        {
            if (candidate is null || !File.Exists(candidate))
                continue;
            var (code, _, _) = RequiredTool.Run(candidate, ["-c", "import pyte"], TimeSpan.FromSeconds(30));
            if (code == 0)
                return candidate;
        }
        return RequiredTool.Require("python3-with-pyte", "python3-pyte");
    }

    /// <summary>Feeds each case's frames into a fresh pyte screen; returns the screen after every frame.</summary>
    public static List<PyteScreen[]> Run(IReadOnlyList<(int Cols, int Rows, IReadOnlyList<byte[]> Frames)> cases)
    {
        var python = RequirePython();
        var script = Path.Combine(AppContext.BaseDirectory, "Rendering", "pyte_screen.py");
        var input = new StringBuilder();
        foreach (var (cols, rows, frames) in cases)
        {
            input.Append(JsonSerializer.Serialize(new
            {
                cols,
                rows,
                frames = frames.Select(Convert.ToBase64String).ToArray(),
            }));
            input.Append('\n');
        }
        // A file, not stdin: RequiredTool.Run writes stdin before reading stdout, and the screens are megabytes.
        var inputFile = Path.GetTempFileName();
        string stdout, stderr;
        int code;
        try
        {
            File.WriteAllText(inputFile, input.ToString());
            (code, stdout, stderr) = RequiredTool.Run(python, [script, inputFile], TimeSpan.FromMinutes(3));
        }
        finally
        {
            File.Delete(inputFile);
        }
        Assert.True(code == 0, $"pyte_screen.py failed ({code}): {stderr}");
        var results = new List<PyteScreen[]>();
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            results.Add(doc.RootElement.EnumerateArray().Select(ParseScreen).ToArray());
        }
        Assert.Equal(cases.Count, results.Count);
        return results;
    }

    private static PyteScreen ParseScreen(JsonElement frame)
    {
        var cells = frame.GetProperty("cells").EnumerateArray()
            .Select(row => row.EnumerateArray().Select(c => new PyteCell(
                c[0].GetString()!, c[1].GetString()!, c[2].GetString()!,
                c[3].GetBoolean(), c[4].GetBoolean(), c[5].GetBoolean(), c[6].GetBoolean(), c[7].GetBoolean())).ToArray())
            .ToArray();
        var cursor = frame.GetProperty("cursor");
        return new PyteScreen(cells, cursor[0].GetInt32(), cursor[1].GetInt32(), cursor[2].GetBoolean());
    }
}
