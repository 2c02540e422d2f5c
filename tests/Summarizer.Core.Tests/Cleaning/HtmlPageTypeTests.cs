namespace Summarizer.Core.Tests.Cleaning;

/// <summary>Pages whose main content is not one article: a table of specifications, a thread of posts, a grid of items.</summary>
public sealed class HtmlPageTypeTests
{
    private const string Navigation =
        "<header class=\"site-header\"><nav><a href=\"/\">Home</a> <a href=\"/forums\">Forums</a> <a href=\"/shop\">Shop</a></nav></header>";

    private const string Footer =
        "<div class=\"site-footer\"><p>Harbour Outdoor Ltd, registered in England. Read about cookies, privacy and our terms of use before you order.</p></div>";

    private static readonly string[] Replies =
    [
        "I had the same trouble with the stove last spring, and in the end it was the seal on the fuel valve that had cracked in the cold.",
        "Mine did that too until I cleaned the jet with the little wire that came in the box, after which it burned blue again every time.",
        "Before you order anything, check that the pump cup is oiled, because a dry cup will not hold pressure however hard you pump it.",
        "Thanks to everyone here: the seal was split, I fitted a new one from the repair kit and the stove has been fine for three trips now.",
    ];

    private static readonly (string Name, string Blurb)[] Tiles =
    [
        ("Ridge 40 backpack", "A forty litre pack with a rain cover, a padded hip belt, two side pockets, a lid, a sleeve for a bladder and a frame sheet that comes out."),
        ("Summit down jacket", "Eight hundred fill down in baffled channels, with a hood that fits over a helmet."),
        ("Trail runner shoes", "Light mesh uppers over a grippy lugged sole, for long days on rocky and muddy paths."),
        ("Alpine trekking poles", "Three section carbon poles that fold to forty centimetres, with cork handles and straps."),
        ("Bivvy bag lite", "A waterproof and breathable shell for a sleeping bag, weighing under three hundred grams."),
        ("Camp mug set", "Two insulated steel mugs with lids that nest inside each other and clip to a pack strap."),
    ];

    [Fact]
    public void Clean_KeepsAProductsSpecificationTable_NotItsPager()
    {
        var article = CleaningTestData.CleanFile("product-specs.html");

        Assert.Contains("40 litres", article.Text, StringComparison.Ordinal);
        Assert.Contains("210D recycled nylon ripstop", article.Text, StringComparison.Ordinal);
        Assert.Contains("Sleeve and port for a 3 litre bladder", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 2", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsEveryPostOfAThread_NotOnlyTheLongest()
    {
        var posts = string.Concat(Replies.Select((reply, i) => Post($"member{i + 2}", $"<p>{reply}</p>")));
        var html = $"<html><head><title>Stove sputters and goes out - Camping forum</title></head><body>{Navigation}"
            + $"<main><h1>Stove sputters and goes out</h1><div class=\"thread-posts\">{First}{posts}</div></main>{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("started to sputter", article.Text, StringComparison.Ordinal);
        Assert.All(Replies, reply => Assert.Contains(reply, article.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("registered in England", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsEveryTileOfAProductGrid_NotItsPager()
    {
        var tiles = string.Concat(Tiles.Select(tile =>
            $"<li class=\"product-tile\"><div class=\"tile-card\"><div class=\"tile-body\"><h3><a href=\"/p/{tile.Name.Replace(' ', '-')}\">{tile.Name}</a></h3>"
            + $"<p class=\"tile-blurb\">{tile.Blurb}</p><span class=\"price\">£49.00</span></div></div></li>"));
        var html = $"<html><head><title>Outdoor gear - Harbour Outdoor</title></head><body>{Navigation}"
            + $"<main><h1>Outdoor gear</h1><ul class=\"product-grid\">{tiles}</ul>"
            + "<div class=\"pages\"><a href=\"?page=0\">Prev</a> <span>Page 1 of 2</span> <a href=\"?page=2\">Next</a></div></main>"
            + $"{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.All(Tiles, tile => Assert.Contains(tile.Blurb, article.Text, StringComparison.Ordinal));
        Assert.Contains("Alpine trekking poles", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1 of 2", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsTheItemsOfARun_NotWhatTheirContainerSetsBetweenThem()
    {
        var posts = string.Concat(Replies.Select((reply, i) => Post($"member{i + 2}", $"<p>{reply}</p>")
            + (i == 1 ? "<div class=\"promo-box\"><p>Our summer sale is on now: twenty per cent off every tent.</p></div>" : string.Empty)));
        var html = $"<html><head><title>Stove sputters - Camping forum</title></head><body>{Navigation}"
            + $"<main><h1>Stove sputters</h1><div class=\"thread-posts\">{First}{posts}</div></main>{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.All(Replies, reply => Assert.Contains(reply, article.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("summer sale", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsAThreadNamedForComments_WhereThePageDeclaresAForumThread()
    {
        var article = CleaningTestData.CleanHtml(ThreadUnderComments("DiscussionForumPosting", story: string.Empty));

        Assert.Contains("started to sputter", article.Text, StringComparison.Ordinal);
        Assert.All(Replies, reply => Assert.Contains(reply, article.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("registered in England", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_DropsTheCommentsUnderAStory_WhereThePageDeclaresAnArticle()
    {
        var story = "<div class=\"story-body\"><p>The council has agreed to reopen the lakeside campsite next summer, after two years in which the site was closed for repairs to its water supply and the road that leads to it.</p>"
            + "<p>Pitches can be booked from March, and the warden said the new shower block, the shop and the boat launch would all be open by the first weekend of the season, weather permitting.</p></div>";

        var article = CleaningTestData.CleanHtml(ThreadUnderComments("NewsArticle", story));

        Assert.Contains("reopen the lakeside campsite", article.Text, StringComparison.Ordinal);
        Assert.All(Replies, reply => Assert.DoesNotContain(reply, article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_KeepsNestedReplies_OfAThreadMarkedUpInMicrodata()
    {
        // Replies nest under the post they answer, so no run of like items holds them all; the schema.org items do.
        var nested = string.Empty;
        for (var i = Replies.Length - 1; i >= 0; i--)
        {
            nested = $"<div class=\"children\"><div class=\"message-card\" itemscope itemtype=\"https://schema.org/Comment\">"
                + $"<div class=\"message-user\"><span itemprop=\"author\">member{i + 2}</span></div>"
                + $"<div class=\"message-text\" itemprop=\"text\"><p>{Replies[i]}</p></div></div>{nested}</div>";
        }

        var html = "<html><head><title>Stove sputters - Camping forum</title></head><body>" + Navigation
            + "<main itemscope itemtype=\"https://schema.org/DiscussionForumPosting\"><h1 itemprop=\"headline\">Stove sputters</h1>"
            + "<div class=\"thread\"><div class=\"opening-post\"><div class=\"message-user\">stovefan</div><div class=\"message-text\" itemprop=\"text\">"
            + $"{OpeningPost}</div></div>"
            + $"{nested}</div></main>{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("started to sputter", article.Text, StringComparison.Ordinal);
        Assert.All(Replies, reply => Assert.Contains(reply, article.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("registered in England", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_KeepsTheLinksOfAnIndexPage_UnderItsIntroduction()
    {
        var sections = string.Concat(Tiles.Select(tile => tile.Name[0]).Distinct().Select(letter =>
            $"<h2>{letter}</h2><ul>" + string.Concat(Tiles.Where(tile => tile.Name[0] == letter).SelectMany(tile => new[] { tile.Name, tile.Name + " (older model)", tile.Name + " kit" })
                .Select(name => $"<li><a href=\"/wiki/{name.Replace(' ', '_')}\">{name}</a></li>")) + "</ul>"));
        var html = $"<html><head><title>Index of outdoor gear - Gearpedia</title></head><body>{Navigation}"
            + "<main><h1>Index of outdoor gear</h1><p>This is an index of the outdoor gear with articles of its own, by name. Gear sold only as part of a kit is listed under the kit.</p>"
            + $"{sections}</main>{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("index of the outdoor gear", article.Text, StringComparison.Ordinal);
        Assert.All(Tiles, tile => Assert.Contains(tile.Name + " (older model)", article.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Clean_KeepsEverySectionOfAProductPagesMainElement()
    {
        var specifications = string.Concat(new[]
        {
            ("Capacity", "40 litres in the main body, 6 litres in the lid"), ("Weight", "1.4 kilograms with the frame sheet in place"),
            ("Fabric", "210 denier recycled nylon with a waterproof coating"), ("Back length", "adjustable from 42 to 52 centimetres"),
            ("Hip belt", "padded, with two zipped pockets for a phone and snacks"), ("Warranty", "ten years against faults in materials and making"),
            ("Frame", "a removable high-density polyethylene sheet with one aluminium stay"), ("Colours", "slate grey, moss green and a high-visibility orange"),
        }.Select(row => $"<tr><th>{row.Item1}</th><td>{row.Item2}</td></tr>"));
        var features = string.Concat(Tiles.Skip(1).SelectMany(tile => new[] { $"Works with the {tile.Name}: {tile.Blurb}", $"Packs the {tile.Name} in the lid or a side pocket" })
            .Select(item => $"<li>{item}</li>"));
        var html = $"<html><head><title>Ridge 40 backpack - Harbour Outdoor</title></head><body>{Navigation}<main>"
            + "<div class=\"product-summary\"><h1>Ridge 40 backpack</h1><span class=\"price\">£89.00</span>"
            + "<div class=\"grid\"><div class=\"grid-row\"><div class=\"grid-cell\"><div class=\"panel\"><div class=\"product-description\">"
            + "<p>The Ridge 40 is a pack for long weekends in the hills, with room for a tent, a stove, a sleeping bag and food for three days, and a frame sheet that keeps the load close to your back, even on steep and rocky ground.</p>"
            + "<p>The lid comes off to make a small day pack, the side pockets take a litre bottle each, and the rain cover lives in its own pocket under the base, so it is there when the weather turns.</p>"
            + "<p>Every seam is taped, the zips are the kind you can work with gloves on, and the whole pack can be washed by hand in cold water.</p></div></div></div></div></div></div>"
            + $"<section class=\"product-details\"><h2>Specifications</h2><table>{specifications}</table></section>"
            + $"<section class=\"product-pairings\"><h2>Goes well with</h2><ul>{features}</ul></section>"
            + $"</main>{Footer}</body></html>";

        var article = CleaningTestData.CleanHtml(html);

        Assert.Contains("a pack for long weekends in the hills", article.Text, StringComparison.Ordinal);
        Assert.Contains("adjustable from 42 to 52 centimetres", article.Text, StringComparison.Ordinal);
        Assert.Contains("Works with the Summit down jacket", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("registered in England", article.Text, StringComparison.Ordinal);
    }

    private static string ThreadUnderComments(string schemaType, string story)
    {
        var comments = string.Concat(new[] { First }.Concat(Replies.Select((reply, i) => Post($"member{i + 2}", $"<p>{reply}</p>")))
            .Select(post => post.Replace("class=\"message\"", "class=\"comment\"", StringComparison.Ordinal)));
        return "<html><head><title>Stove sputters - Camping forum</title>"
            + $"<script type=\"application/ld+json\">{{\"@context\": \"https://schema.org\", \"@graph\": [{{\"@type\": \"WebPage\"}}, {{\"@type\": [\"{schemaType}\"], \"headline\": \"Stove sputters\"}}]}}</script>"
            + $"</head><body>{Navigation}<main><h1>Stove sputters</h1>{story}<div id=\"comments\" class=\"comments\">{comments}</div></main>{Footer}</body></html>";
    }

    private const string OpeningPost =
        "<p>My old petrol stove has started to sputter and go out after a minute or two, even with a full bottle of fresh fuel, a clean filter and the pump working as it always did.</p>"
        + "<p>I have taken it apart twice, looked at every part I could reach, and put it back together, but it still dies as soon as I turn the flame down to simmer. Has anyone seen this before, and what did you replace?</p>";

    private static readonly string First = Post("stovefan", OpeningPost);

    private static string Post(string author, string body) =>
        $"<article class=\"message\"><div class=\"message-user\"><a href=\"/members/{author}\">{author}</a></div>"
        + $"<div class=\"message-body\">{body}</div><div class=\"message-actions\"><a href=\"#reply\">Reply</a></div></article>";
}
