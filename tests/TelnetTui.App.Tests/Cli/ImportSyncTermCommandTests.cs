using System.CommandLine;
using TelnetTui.Cli;

namespace TelnetTui.App.Tests.Cli;

/// <summary>
/// <c>telnettui import-syncterm FILE --book BOOK</c> (issue 4, SyncTERM import) as a user runs it:
/// telnet entries land in the book, the rest are listed as skipped, exit codes follow DESIGN.md.
/// </summary>
public sealed class ImportSyncTermCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "telnettui-import-" + Guid.NewGuid().ToString("N"));

    public ImportSyncTermCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string List = "[Vertrauen]\n\tAddress=vert.synchro.net\n\tConnectionType=Telnet\n\n[Shell]\n\tAddress=shell.example\n\tConnectionType=SSH\n";

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLineBuilder.Build().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Telnet_entries_are_added_to_the_book_and_the_others_listed()
    {
        var list = Path.Combine(_folder, "syncterm.lst");
        File.WriteAllText(list, List);
        var book = Path.Combine(_folder, "book.toml");
        File.WriteAllText(book, "# mine\n");

        var (code, output, error) = Run("import-syncterm", list, "--book", book);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        Assert.Equal($"imported 1 host(s) into {book}: vertrauen\nskipped Shell (syncterm.lst:5): connection type SSH is not telnet\n", output.Replace("\r\n", "\n"));
        Assert.StartsWith("# mine\n\n[hosts.vertrauen]\nname = \"Vertrauen\"\nhost = \"vert.synchro.net\"\nport = 23\n", File.ReadAllText(book), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_list_is_bad_usage()
    {
        var (code, _, error) = Run("import-syncterm", Path.Combine(_folder, "nope.lst"), "--book", Path.Combine(_folder, "book.toml"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "book.toml")));
    }

    [Fact]
    public void A_book_that_is_not_valid_toml_is_reported_with_its_position_and_left_alone()
    {
        var list = Path.Combine(_folder, "syncterm.lst");
        File.WriteAllText(list, List);
        var book = Path.Combine(_folder, "book.toml");
        File.WriteAllText(book, "[hosts.x\n");
        var (code, _, error) = Run("import-syncterm", list, "--book", book);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"{book}:1:1: expected ']'", error, StringComparison.Ordinal);
        Assert.Equal("[hosts.x\n", File.ReadAllText(book));
    }
}
