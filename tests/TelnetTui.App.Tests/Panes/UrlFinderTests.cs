using TelnetTui.Panes.Terminal;
using TelnetTui.Testing;

namespace TelnetTui.App.Tests.Panes;

/// <summary>Address vectors from Data/urls.txt (format in the file).</summary>
public class UrlFinderTests
{
    public static TheoryData<string, string> Vectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "urls.txt")))
        {
            if (line.StartsWith('#') || line.Length == 0)
                continue;
            var tab = line.IndexOf('\t');
            data.Add(line[..tab], line[(tab + 1)..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Finds_the_addresses(string text, string expected)
    {
        var found = UrlFinder.FindAll(text).Select(f => text.Substring(f.Start, f.Length));
        Assert.Equal(expected, string.Join(" | ", found));
    }
}
