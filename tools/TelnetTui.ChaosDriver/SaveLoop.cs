using TelnetTui.Core.Book;
using TelnetTui.Core.Files;
using TelnetTui.Toml;

namespace TelnetTui.ChaosDriver;

/// <summary>
/// Saves a file through the program's own code again and again, each save a complete new version:
/// <c>--book FILE</c> updates host <c>loop</c>'s notes through <see cref="ConnectionBook.Update"/>;
/// <c>--config FILE</c> sets <c>[ui] save_counter</c> through <see cref="ConfigDocumentFile.Mutate"/>.
/// Prints <c>saved N</c> after each save. A test kills it mid-loop and checks the file is whole.
/// </summary>
public static class SaveLoop
{
    public static int Run(DriverOptions options)
    {
        try
        {
            return Loop(options);
        }
        catch (ConfigFileException e)
        {
            // The file on disk is not valid TOML: nothing was written (ConfigDocumentFile refuses).
            Console.Error.WriteLine($"telnettui-chaos-driver: {e.Message}");
            return 1;
        }
    }

    private static int Loop(DriverOptions options)
    {
        var count = options.GetInt("count", int.MaxValue);
        if (options.Get("book") is { } bookPath)
        {
            var book = ConnectionBook.Open(bookPath);
            if (book.ParseError is { } error)
            {
                Console.Error.WriteLine($"telnettui-chaos-driver: {error.Message}");
                return 1;
            }
            for (var n = 1; n <= count; n++)
            {
                var entry = book.Find("loop") ?? throw new ArgumentException("the book has no host 'loop'");
                book.Update("loop", entry with { Notes = Version(n) });
                Say($"saved {n}");
            }
            return 0;
        }
        var file = new ConfigDocumentFile(options.Require("config"), DiskFileSystem.Instance);
        file.Load();
        for (var n = 1; n <= count; n++)
        {
            var text = Version(n);
            file.Mutate(document => document.Set(TomlPath.Parse("ui.save_counter"), new TomlString(text)));
            Say($"saved {n}");
        }
        return 0;
    }

    /// <summary>What save N writes: its number, then a long tail, so a torn file shows as a cut or mixed value.</summary>
    public static string Version(int n) => $"save {n} " + new string((char)('a' + n % 26), 4096);

    private static void Say(string text)
    {
        Console.Out.WriteLine(text);
        Console.Out.Flush();
    }
}
