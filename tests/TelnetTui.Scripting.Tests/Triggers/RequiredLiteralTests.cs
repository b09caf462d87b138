using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Scripting.Triggers;

namespace TelnetTui.Scripting.Tests.Triggers;

/// <summary>
/// The trigger prefilter skips a regex when its required literal is absent, so the literal must
/// be in every line the regex matches; otherwise a trigger silently stops firing.
/// </summary>
public class RequiredLiteralTests
{
    [Theory]
    [InlineData(@"^(\w+) tells you '(.*)'$", " tells you '")]
    [InlineData(@"^You are hungry\.$", "You are hungry.")]
    [InlineData("tells you", "tells you")]
    [InlineData(@"^\[OOC\]", "[OOC]")]
    [InlineData(@"^(a|b)xyz", "xyz")]
    [InlineData("colou?r", "colo")]
    [InlineData(@"hello\d+world", "hello")]
    [InlineData("[abc]def", "def")]
    [InlineData(@"\bword\b", "word")]
    [InlineData("x{a}", "x{a}")]
    [InlineData(@"\p{L}+abc", "abc")]
    [InlineData(@"a\.b\*c", "a.b*c")]
    [InlineData(@"^\s*Exits:", "Exits:")]
    [InlineData(@"(?<name>\w+) says", " says")]
    [InlineData("[]abc]xyz", "xyz")]
    [InlineData("tab\there", "tab\there")]
    [InlineData("a{2,3}bcd", "bcd")]
    [InlineData("abc+?def", "def")]
    [InlineData(@"^You hit (?:the )?(.+?) for (\d+) damage", "You hit ")]
    public void Literals_every_match_contains(string pattern, string literal) =>
        Assert.Equal(literal, RequiredLiteral.Extract(pattern));

    [Theory]
    [InlineData("a|b")]
    [InlineData("abc|def")]
    [InlineData("(?i)hello")]
    [InlineData("(?x) hello # comment")]
    [InlineData("ab")]
    [InlineData(@"\x41BC")]
    [InlineData("abc)")]
    [InlineData("")]
    [InlineData("(unclosed")]
    [InlineData("[unclosed")]
    [InlineData(@"\d+")]
    public void No_literal_when_unsure(string pattern) => Assert.Null(RequiredLiteral.Extract(pattern));

    private static readonly Gen<string> Token = Gen.Elements(
        "a", "b", "c", " ", "ab", "abc", ".", "a*", "b+", "c?", "(ab|c)", "[ab]", "[^a]", @"\s", @"\w", "^", "$",
        "(?:ab)?", "a{2}", "b{1,2}", "(a)", @"\.", "|", "x{", "a*?", "(?=b)", @"\b", "{");

    private static readonly Gen<string> Patterns = Gen.ArrayOf(Token).Select(string.Concat);

    private static readonly string[] Lines = BuildLines();

    private static string[] BuildLines()
    {
        var random = new Random(7);
        return Enumerable.Range(0, 400)
            .Select(_ => new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => "abc .x{"[random.Next(7)]).ToArray()))
            .ToArray();
    }

    [Fact]
    public void A_regex_never_matches_a_line_without_its_literal()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Patterns.ToArbitrary(), pattern =>
        {
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                return true;
            }
            var literal = RequiredLiteral.Extract(pattern);
            if (literal is null)
                return true;
            foreach (var line in Lines)
            {
                if (regex.IsMatch(line) && !line.Contains(literal, StringComparison.Ordinal))
                    throw new InvalidOperationException($"/{pattern}/ matches '{line}' without its literal '{literal}'");
            }
            return true;
        }));
    }
}
