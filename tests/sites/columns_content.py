"""Editorial content of the "columns" fixture site: The Harbour Ledger.

Everything here is invented: the newspaper, the city of Merrowhaven, its
columnists and their columns.  ``make_expected.py`` renders this data into the
HTML files under ``columns/`` and writes ``columns/expected.json``, so edit the
prose here and re-run that script rather than editing the generated pages.
"""

from __future__ import annotations

from dataclasses import dataclass

SITE_NAME = "The Harbour Ledger"


@dataclass(frozen=True)
class Columnist:
    slug: str
    name: str
    beat: str
    #: The author's own last line of every column, shown in parentheses.
    closing_line: str
    #: Shown on the columnist's own pages only (never inside an article).
    profile: str


@dataclass(frozen=True)
class Column:
    path: str
    template: str  # "A", "B" or "C"
    author: str  # Columnist.slug
    date: str  # YYYY-MM-DD
    time: str  # HH:MM, local time (UTC+01:00 in summer, +00:00 in winter)
    title: str
    #: Shorter teaser headline used for "Related stories" links (boilerplate).
    related_title: str
    standfirst: str
    caption: str
    paragraphs: tuple[str, ...]  # body without the closing line
    bios_inside: bool  # .columnists block inside the content container
    share_inside: bool  # .share-bar inside the content container
    footer_inside: bool  # .related and .share-footer inside the container
    figure_first: bool  # photo before the first paragraph (else after the second)


COLUMNISTS: dict[str, Columnist] = {
    c.slug: c
    for c in [
        Columnist(
            slug="mira-okafor",
            name="Mira Okafor",
            beat="Transport and cities",
            closing_line=(
                "(Mira Okafor writes about transport and the shape of cities. "
                "Her views are her own.)"
            ),
            profile=(
                "Mira Okafor has ridden every bus route in Merrowhaven at least once, "
                "including the one that only runs on market days. She writes about "
                "how people get around and who gets left at the stop."
            ),
        ),
        Columnist(
            slug="tomasz-brennan",
            name="Tomasz Brennan",
            beat="Schools",
            closing_line=(
                "(Tomasz Brennan taught mathematics in two Merrowhaven secondary schools "
                "for nineteen years. His column appears every other Monday.)"
            ),
            profile=(
                "Tomasz Brennan spent nineteen years in front of a whiteboard and "
                "still marks his own shopping lists. He writes about schools, exams "
                "and growing up in the city."
            ),
        ),
        Columnist(
            slug="priya-halloran",
            name="Priya Halloran",
            beat="Housing and household money",
            closing_line=(
                "(Priya Halloran is a former mortgage adviser who chairs the Eastbank "
                "tenants' forum. She writes on housing and household money.)"
            ),
            profile=(
                "Priya Halloran has sat on both sides of the mortgage desk and now "
                "spends her evenings in draughty church halls with tenants' groups. "
                "She writes about homes and what they cost."
            ),
        ),
        Columnist(
            slug="declan-foyle",
            name="Declan Foyle",
            beat="Sport",
            closing_line=(
                "(Declan Foyle has reported on local football, rowing and athletics "
                "since 2003. Tell him he is wrong at the usual address.)"
            ),
            profile=(
                "Declan Foyle has watched more goalless draws than any man should. "
                "He writes about the sport people play and watch in and around "
                "Merrowhaven, from the Sunday leagues upwards."
            ),
        ),
        Columnist(
            slug="ruth-amankwah",
            name="Ruth Amankwah",
            beat="Food and science",
            closing_line=(
                "(Ruth Amankwah is a food scientist and allotment holder. Her column "
                "on food, farming and science runs fortnightly.)"
            ),
            profile=(
                "Ruth Amankwah spent twenty years in food laboratories before "
                "swapping the pipette for a garden fork. She writes about what we "
                "eat, how it is grown and what the evidence says."
            ),
        ),
    ]
}

#: The readers' editor linked from the site navigation (writes no columns here).
READERS_EDITOR = ("jane-doe", "Jane Doe")


@dataclass(frozen=True)
class Bio:
    slug: str
    name: str
    sentences: tuple[str, ...]


#: The site-wide "Columnists" block shown under every column.  None of these
#: people writes any of the fixture columns, so none of this text belongs in an
#: archived column.
BIOS: tuple[Bio, ...] = (
    Bio(
        "ottilie-varga",
        "Ottilie Varga",
        (
            "Ottilie Varga spent two decades designing lock gates and sea defences "
            "before she ever wrote a newspaper column.",
            "She writes about engineering, risk and the public money that keeps coastal towns dry.",
            "Her first book, a history of the drowned villages of the Calder "
            "estuary, was shortlisted for a regional nonfiction prize.",
        ),
    ),
    Bio(
        "benedikt-aro",
        "Benedikt Aro",
        (
            "Benedikt Aro is a retired magistrate who sat on the bench in three "
            "counties over thirty years.",
            "He writes on courts, sentencing and the quieter corners of the justice system.",
            "When he is not writing he restores clockwork barometers, badly and "
            "with great enthusiasm.",
        ),
    ),
    Bio(
        "hollis-strand",
        "Hollis Strand",
        (
            "Hollis Strand grew up above a fish and chip shop on the harbour front "
            "and now runs a small co-operative bakery on Lantern Row.",
            "Her column covers small business, high streets and the people who open "
            "their shutters at five in the morning.",
        ),
    ),
    Bio(
        "fenella-quist",
        "Dr Fenella Quist",
        (
            "Dr Fenella Quist is a consultant in emergency medicine and a former "
            "ship's doctor on North Atlantic research vessels.",
            "She writes about health policy, hospitals and the long waits in between.",
            "She has walked the whole coast path from end to end twice and does not "
            "recommend doing it in November.",
        ),
    ),
    Bio(
        "ramon-achterberg",
        "Ramón Achterberg",
        (
            "Ramón Achterberg is a translator and poet who moved to the coast from "
            "Rotterdam in 2011.",
            "He writes about language, migration and belonging, usually in that order.",
            "His sequence of harbour poems, Salt in the Ledger Lines, is studied by "
            "several sixth-form colleges in the county.",
            "He is currently translating a Frisian fishing almanac into English for "
            "reasons he struggles to explain.",
        ),
    ),
    Bio(
        "yusuf-delacroix",
        "Yusuf Delacroix",
        (
            "Yusuf Delacroix covered parliament for a national broadcaster for "
            "eleven years before coming home to Merrowhaven.",
            "He writes about power, elections and the peculiar habits of local councils.",
            "He is a trustee of the Merrowhaven Community Radio Trust and presents "
            "its Sunday phone-in when nobody else can be persuaded to.",
        ),
    ),
)

#: Labels of the share widget strip shown near every headline.
SHARE_BAR_LABELS = ("Comment", "Share", "Share this with", "Close")
SHARE_BAR_NETWORKS = ("Messenger", "Pinterest", "LinkedIn", "Email")
#: Heading and links of the footer share block.
SHARE_FOOTER_HEADING = "Share this story on"
SHARE_FOOTER_NETWORKS = ("Facebook", "X", "WhatsApp", "Email")
RELATED_HEADING = "Related stories"
COLUMNISTS_HEADING = "Columnists"


COLUMNS: tuple[Column, ...] = (
    Column(
        path="/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
        template="A",
        author="mira-okafor",
        date="2024-05-14",
        time="08:30",
        title="The quiet cost of cheap flights",
        related_title="What a nineteen-pound fare really costs",
        standfirst=(
            "A weekend in the sun for less than a taxi home sounds like progress. "
            "Look closer at who is paying."
        ),
        caption="Passengers wait at the departure gates of Merrowhaven airport.",
        paragraphs=(
            "Last month I booked a return flight to a city I had never visited for "
            "less than it costs me to get a taxi from the station to my flat after the "
            "last bus has gone. I clicked the button almost before I had finished "
            "reading the fare, and it was only on the train home that the arithmetic "
            "began to bother me.",
            "A seat on a plane is not cheap to provide. The aircraft has to be built, "
            "fuelled, maintained and insured; the crew have to be trained and paid; the "
            "runway has to be lit and swept clear of birds. When the price of all that "
            "falls below the price of a short car journey, somebody else is picking up "
            "the difference, and it is worth asking who.",
            "Part of the answer is the people who work in the industry. Ground handlers "
            "at our own airport told this paper last year that their shifts are now "
            "planned to the minute, with turnaround targets that leave no slack for a "
            "late bag or a sick colleague. The low fare is built on that squeeze, and "
            "the squeeze lands on people who can rarely afford to fly themselves.",
            "Another part of the answer is the rest of the transport system. The "
            "regional rail line that should carry visitors from the airport into the "
            "city still runs one train an hour after seven in the evening, and its "
            "fares have risen faster than inflation for a decade. We have made the long "
            "journey artificially easy and the short one needlessly hard.",
            "Then there is the bill we never see on the booking page. Aviation fuel is "
            "untaxed in a way that petrol at the pump is not, and the noise and fumes "
            "fall on the streets under the flight path rather than on the passengers "
            "above them. Those streets are, not by coincidence, among the cheapest "
            "places in the county to rent.",
            "None of this means nobody should fly. Families spread across continents, "
            "students on placements and people visiting a dying parent have better "
            "reasons than most of us for being on those planes. But a fare that rewards "
            "the impulsive weekend and penalises the patient train traveller is not a "
            "neutral market outcome. It is a choice, made by governments, about what "
            "kind of travel to encourage.",
            "I did take that flight in the end, and I enjoyed the city enormously. I "
            "also came home resolved to spend my next holiday budget on the slower "
            "route, and to keep pestering the rail company about that last train. If "
            "cheap flights are going to be part of modern life, the least we can do is "
            "stop pretending they are free.",
        ),
        bios_inside=True,
        share_inside=False,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/05/13/homework-is-a-habit-not-a-measure/",
        template="B",
        author="tomasz-brennan",
        date="2024-05-13",
        time="07:30",
        title="Homework is a habit, not a measure of learning",
        related_title="Rethinking the homework diary",
        standfirst=(
            "After nineteen years of setting it, I have come to think we ask the wrong "
            "things of homework."
        ),
        caption="A pupil works through fractions at a kitchen table in Eastbank.",
        paragraphs=(
            "Every September, parents across Merrowhaven receive a homework timetable "
            "that looks like a train schedule: maths on Mondays, French on Tuesdays, a "
            "project due in three weeks. Every June, the same parents tell me they are "
            "not sure what any of it achieved.",
            "I set homework for nineteen years, and for most of that time I believed in "
            "it without thinking very hard. It was what schools did. Inspectors asked "
            "about it, parents expected it, and a full planner looked like evidence of a "
            "serious department.",
            "The research is less flattering than the planners. For younger children, "
            "the link between homework and attainment is weak at best. For teenagers it "
            "is stronger, but mostly for short, focused tasks that practise something "
            "already taught in class, not for the long projects that end up being "
            "finished by a parent at the kitchen table on a Sunday night.",
            "That last point matters more than it seems. A project that depends on a "
            "printer, a quiet room and an adult with time to help does not measure what "
            "a child has learned. It measures what kind of home they go back to. Set "
            "enough of it and you widen the very gaps that schools are supposed to "
            "narrow.",
            "What I came to value instead was habit. Ten minutes of times tables, a page "
            "of reading, a handful of vocabulary cards: small things done often, which a "
            "child can manage alone and which build up over a year into something real. "
            "They are unglamorous, and they do not fill a display board, but they work.",
            "Schools could help by publishing less and explaining more. Tell parents "
            "which tasks matter and why, how long they should take, and what to do when "
            "a child is stuck. Be honest that a blank evening now and then is not a "
            "disaster.",
            "Homework will not disappear, and I do not think it should. But it deserves "
            "to be judged by what it does for children, not by how busy it makes "
            "everybody look.",
        ),
        bios_inside=True,
        share_inside=True,
        footer_inside=False,
        figure_first=True,
    ),
    Column(
        path="/opinion/2024/05/10/night-buses-are-a-lifeline/",
        template="B",
        author="mira-okafor",
        date="2024-05-10",
        time="07:00",
        title="Night buses are a lifeline, not a luxury",
        related_title="Who rides the bus at two in the morning?",
        standfirst=(
            "The plan to cut the overnight routes treats them as a treat for revellers. "
            "The people on board tell a different story."
        ),
        caption="The N7 night bus waits at the Quay Street stop shortly after midnight.",
        paragraphs=(
            "If you want to understand a city, ride its buses between midnight and five "
            "in the morning. I spent three nights doing exactly that last week, on the "
            "N4 and N7 routes that the transport authority now proposes to cut back to "
            "weekends only.",
            "The consultation document describes these services as primarily serving "
            "the night-time economy, which is a polite way of saying people coming home "
            "from the pub. On the evidence of my own notebook, that is a small part of "
            "the story. Most of the passengers I met were on their way to work or coming "
            "back from it.",
            "There was a hospital porter who starts at six and lives on the far side of "
            "the ring road. There were two cleaners who do the office towers on Quay "
            "Street before the bankers arrive. There was a baker, a security guard, a "
            "care worker with a lanyard still round her neck, and a young man who stacks "
            "shelves at the supermarket depot through the night.",
            "None of these people has another way of getting to work at those hours. A "
            "taxi would eat a third of a shift's wages. Cycling along the unlit estuary "
            "road in winter is not something I would ask of anyone. For them the night "
            "bus is not a convenience but the thing that makes the job possible at all.",
            "The authority says the routes lose money, and they do. So does the street "
            "lighting, and so do the bins. We do not judge those services by whether "
            "they turn a profit, because we understand that a city that works around "
            "the clock needs some things to run around the clock too.",
            "The savings at stake are modest: a little under four hundred thousand "
            "pounds a year, according to the authority's own figures, in a budget "
            "measured in hundreds of millions. Set against that the cost of people "
            "giving up jobs they can no longer reach, and the sum looks very different.",
            "The consultation closes at the end of the month. If you have ever relied on "
            "a late bus, or if the person who cleaned your office this morning did, it "
            "is worth five minutes of your time to say so.",
        ),
        bios_inside=False,
        share_inside=False,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/05/08/rent-caps-and-the-empty-flat-upstairs/",
        template="C",
        author="priya-halloran",
        date="2024-05-08",
        time="08:00",
        title="Rent caps and the empty flat upstairs",
        related_title="Homes hiding above the high street",
        standfirst=(
            "While we argue about rents, hundreds of homes above our shops sit empty. "
            "Filling them would be quicker than building new ones."
        ),
        caption="Empty upper floors above shops on Chandler Street.",
        paragraphs=(
            "Above the launderette on my street there is a flat that has been empty for "
            "six years. The windows are grimy, the letterbox is taped shut, and every so "
            "often a pigeon gets in through a broken pane and sets off a racket that the "
            "whole terrace can hear.",
            "Walk along any high street in this city and you will find dozens like it. "
            "The council estimates that more than eight hundred homes above shops are "
            "standing empty across Merrowhaven, at a time when the waiting list for "
            "social housing has passed nine thousand households.",
            "The debate about rents tends to get stuck on caps: whether the city should "
            "be allowed to limit how fast rents rise, and whether doing so would drive "
            "landlords out of the market. It is a real argument, and I have some "
            "sympathy for both sides. But it distracts from a simpler question about the "
            "homes that are not being let at all.",
            "Flats above shops stay empty for dull reasons. The only entrance is through "
            "the shop. The fire regulations require a second staircase that nobody can "
            "afford to build. The freeholder is a pension fund that owns the building "
            "for its ground-floor rent and has never given the upper floors a thought.",
            "None of these problems is unsolvable. Other towns have set up small grant "
            "schemes to pay for separate entrances and fire doors, in return for the "
            "owner letting the flat at a fair rent for ten years. A dedicated officer "
            "who knows the planning rules and can talk to freeholders makes more "
            "difference than any amount of new legislation.",
            "Bringing even a quarter of those empty flats back into use would house more "
            "people than the next two developments on the waterfront combined, without a "
            "single new foundation being dug. It would also put lights back on in high "
            "streets that go dark at six o'clock.",
            "By all means let us keep arguing about rent caps. But while we argue, the "
            "flat above the launderette is still empty, and there is a family on the "
            "waiting list who could be living in it by Christmas.",
        ),
        bios_inside=False,
        share_inside=True,
        footer_inside=False,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/05/06/the-away-end-is-getting-older/",
        template="A",
        author="declan-foyle",
        date="2024-05-06",
        time="08:00",
        title="The away end is getting older",
        related_title="Where have the young fans gone?",
        standfirst=("I counted the under-25s at Carrick Park on Saturday. It did not take long."),
        caption="Harbour Athletic supporters in the away end at Carrick Park.",
        paragraphs=(
            "On Saturday I stood in the away end at Carrick Park and did something I "
            "have not done in years: I counted. Of the three hundred or so fans who had "
            "made the trip up the coast, I could see perhaps a dozen who looked younger "
            "than twenty-five.",
            "It would be easy to blame the usual suspects. Young people have screens and "
            "streaming, the argument goes, and they would rather watch highlights on a "
            "phone than spend four hours on a coach. There is some truth in that, but I "
            "do not think it explains what I saw.",
            "The simpler explanation is money. A match ticket, a train fare and "
            "something to eat now cost well over fifty pounds for a game in our "
            "division. For a seventeen-year-old on an apprenticeship wage, that is a "
            "serious chunk of the week. For their parents, taking two children along "
            "makes it a luxury.",
            "Kick-off times do not help either. Televised fixtures moved to Friday "
            "nights and Sunday lunchtimes make travelling to away games almost "
            "impossible by public transport. The old habit of going to the match with "
            "your friends, which is how most of us started, needs a regular and "
            "affordable routine to take root.",
            "Some clubs have noticed. A few now offer under-21 tickets at a flat rate "
            "for every home game, and one or two subsidise coaches for away supporters. "
            "The results are visible in the stands, where the noise and colour that "
            "clubs love to advertise come disproportionately from younger fans.",
            "Harbour Athletic should follow their lead. The club's own accounts show "
            "that concessions make up a small share of matchday income. Cutting prices "
            "for young supporters would cost little now and could pay for itself many "
            "times over in the loyalty of people who will still be buying season "
            "tickets in forty years.",
            "Football likes to talk about its heritage. That heritage is not the stadium "
            "or the badge. It is the habit of going, passed from one generation to the "
            "next, and it is quietly being priced out.",
        ),
        bios_inside=False,
        share_inside=True,
        footer_inside=False,
        figure_first=True,
    ),
    Column(
        path="/opinion/2024/05/02/in-praise-of-the-frozen-pea/",
        template="B",
        author="ruth-amankwah",
        date="2024-05-02",
        time="08:00",
        title="In praise of the frozen pea",
        related_title="Heroes of the freezer aisle",
        standfirst=(
            "Food snobs treat the freezer as a place where good intentions go to die. "
            "The science says otherwise."
        ),
        caption="Peas are frozen within hours of harvest at a farm near Oldcastle.",
        paragraphs=(
            "There is a particular kind of food snobbery that treats the freezer as a "
            "place where good intentions go to die. Fresh is virtuous, frozen is second "
            "best, and anyone who admits to cooking from a bag of vegetables has rather "
            "given up.",
            "As someone who has spent a career measuring what happens to food between "
            "the field and the fork, I would like to put in a word for the frozen pea. "
            "It is one of the great unsung achievements of food technology, and in many "
            "cases it is better for you than the fresh alternative on the supermarket "
            "shelf.",
            "Peas start to lose their sweetness within hours of picking, as the sugars "
            "turn to starch. Commercial growers freeze them very soon after harvest, "
            "which locks in both flavour and much of the vitamin content. A pod of "
            "so-called fresh peas that has spent four days in lorries and warehouses "
            "has often lost more than the frozen bag beside it.",
            "The same is true, to varying degrees, of spinach, sweetcorn, berries and "
            "many kinds of fish. Freezing is not a perfect preservative, and some "
            "textures suffer, but it is a far better one than time.",
            "The freezer also helps with waste, which is one of the quiet scandals of "
            "modern eating. Households in this country throw away millions of tonnes of "
            "edible food every year, much of it fresh produce that went soft before "
            "anyone got round to cooking it. A bag of frozen vegetables waits patiently "
            "until it is needed.",
            "None of this is an argument against fresh food. A tomato in August, a new "
            "potato from the allotment or a mackerel landed that morning are among the "
            "great pleasures of life. But we should stop treating frozen food as a "
            "moral failing, particularly when we are talking to families trying to eat "
            "well on a tight budget.",
        ),
        bios_inside=False,
        share_inside=False,
        footer_inside=False,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/04/29/why-the-ferry-timetable-matters/",
        template="C",
        author="mira-okafor",
        date="2024-04-29",
        time="09:15",
        title="Why a ferry timetable tells you who a city is for",
        related_title="What the crossing schedule says about us",
        standfirst=(
            "The new crossing schedule is built around day trippers. Islanders who "
            "commute have become an afterthought."
        ),
        caption="The Skerrin Island ferry leaves the harbour on an early crossing.",
        paragraphs=(
            "Timetables are dull documents, which is exactly why they are so revealing. "
            "Nobody writes one to make a political point, so the priorities they encode "
            "tend to be honest ones.",
            "Take the new summer schedule for the crossing between the harbour and "
            "Skerrin Island. On paper it is a success: more sailings than ever, with an "
            "extra boat on Saturdays and a late return on Fridays for people who want "
            "dinner in town. The tourism board is delighted, and I can see why.",
            "Look at the weekday mornings, though, and the picture changes. The first "
            "sailing has moved from ten past six to twenty to eight. For the two hundred "
            "or so islanders who work on the mainland, that single change means "
            "arriving late for every early shift, or paying for a room in town during "
            "the week.",
            "I spoke to a nurse who has made the crossing every working day for fourteen "
            "years. She was not angry so much as tired. The operator, she said, had "
            "never asked the people on the early boat what they needed, because the "
            "early boat was never full enough to matter to anyone drawing up a "
            "spreadsheet.",
            "That is the trap of running public transport as if it were a leisure "
            "business. The journeys that matter most to the people who make them are "
            "often the least crowded and the least profitable. A timetable designed "
            "around peak demand will always drift towards the visitors, who arrive in "
            "numbers, and away from residents, who arrive every single day.",
            "The island's council has asked for the early sailing to be restored, and "
            "the operator says it will review the schedule in the autumn. I hope it "
            "does. But the deeper question is who gets a say before the timetable is "
            "printed, not after. A ferry that serves an island's visitors better than "
            "its residents has lost sight of what it was for.",
        ),
        bios_inside=True,
        share_inside=False,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/04/22/the-school-run-is-a-planning-failure/",
        template="A",
        author="tomasz-brennan",
        date="2024-04-22",
        time="08:00",
        title="The school run is a planning failure, not a parenting one",
        related_title="Why so many of us drive to the school gate",
        standfirst=(
            "Blaming parents for the crush at the school gate is easy. The real "
            "decisions were taken years ago, far from the playground."
        ),
        caption="Cars queue outside St Bride's Primary School at the start of the day.",
        paragraphs=(
            "At twenty to nine on a weekday, the road outside St Bride's Primary "
            "becomes one of the most dangerous places in the city. Cars mount the kerb, "
            "reverse into gateways and stop on the zigzag lines while children weave "
            "between bumpers with their book bags.",
            "It is easy to blame the drivers, and plenty of people do. The letters page "
            "of this paper has carried a steady stream of complaints about lazy parents "
            "who will not walk three hundred yards. I understand the frustration, but I "
            "think it misses how those parents ended up behind the wheel in the first "
            "place.",
            "Over the past twenty years, the council has closed small neighbourhood "
            "schools and replaced them with larger ones on the edge of estates, often "
            "beside a main road. Catchment areas have grown, school choice has sent "
            "children across town, and the bus routes have not followed. Many families "
            "now drive because there is genuinely no other way to get a six-year-old "
            "there on time before work.",
            "The places that have fixed this did not do it with lectures. They closed "
            "the street outside the school to traffic for half an hour at each end of "
            "the day, laid out safe walking routes from nearby car parks, and put on "
            "dedicated buses for the furthest estates. Within a term, the crush at the "
            "gate eased and more children walked at least part of the way.",
            "We have tried one of these school streets already, outside Harcourt Road "
            "Primary, and the results were good. Air quality improved, the number of "
            "near misses reported by staff fell to almost nothing, and after a "
            "grumbling first month most parents supported it. Yet the scheme has not "
            "been extended, because nobody has been given the budget or the job of "
            "extending it.",
            "A tired parent doing their best in a system designed around the car is not "
            "the villain of this story. The villain is a planning process that decided "
            "where to put schools without deciding how children would get to them.",
        ),
        bios_inside=False,
        share_inside=False,
        footer_inside=False,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/04/15/the-case-for-boring-housing/",
        template="A",
        author="priya-halloran",
        date="2024-04-15",
        time="07:30",
        title="The case for boring housing",
        related_title="In praise of the plain terrace",
        standfirst=(
            "We keep building landmark towers. What the city needs is a great many ordinary homes."
        ),
        caption="A row of brick terraces on Ropewalk Lane, built in the 1890s.",
        paragraphs=(
            "Every few months a developer unveils plans for a new block on the "
            "waterfront with a name that sounds like a perfume. There will be a rooftop "
            "garden, a concierge, a gym and a shared workspace with beanbags. The "
            "drawings are beautiful. The flats, when they arrive, are mostly small, "
            "expensive and let to people who are not from here.",
            "I want to make the case for something much less exciting: the plain "
            "terrace, the modest three-storey block and the low-rise street with front "
            "doors that open onto the pavement. This is the kind of housing that built "
            "most of Merrowhaven, and it is the kind we have almost stopped building.",
            "Boring housing has great virtues. It is cheap to build because it uses "
            "standard materials and simple structures. It is cheap to maintain because "
            "there are no lifts to fail or glass atriums to clean. It fits onto awkward "
            "plots, it can be built by small local firms, and it creates streets that "
            "people actually want to walk along.",
            "It also tends to be the kind of housing that families need. A two-bedroom "
            "flat on the fourteenth floor with a balcony the size of a tea tray is fine "
            "for a young professional. It is much harder for a couple with a toddler and "
            "a pushchair, or an older person who dreads the day the lift breaks down.",
            "Why do we not build more of it? Partly because land prices push developers "
            "towards density, and partly because the planning system rewards big "
            "schemes that can afford armies of consultants. A small builder who wants "
            "to put up six houses on a corner site faces almost the same paperwork as a "
            "company building six hundred.",
            "The council could change that. Pre-approved designs for simple terraces, a "
            "fast track for small sites and a register of plots owned by public bodies "
            "would all help. None of it would make headlines, which is rather the point.",
            "We do not need more landmark buildings. We need a great many ordinary ones, "
            "built well and let at prices that people here can afford.",
        ),
        bios_inside=True,
        share_inside=True,
        footer_inside=True,
        figure_first=True,
    ),
    Column(
        path="/opinion/2024/04/08/small-clubs-big-ledgers/",
        template="B",
        author="declan-foyle",
        date="2024-04-08",
        time="07:30",
        title="Small clubs need better books, not bigger dreams",
        related_title="Balancing the club accounts",
        standfirst=(
            "The rowing club's boathouse crisis is a warning to every volunteer "
            "committee in the city."
        ),
        caption="Juniors carry a four out of the Calder rowing club boathouse.",
        paragraphs=(
            "When the rowing club on the Calder announced last month that it might have "
            "to sell its boathouse, the reaction was shock. The club has been on that "
            "riverbank for more than a century. Generations of schoolchildren have "
            "learned to scull there, and its regatta is one of the fixtures of the "
            "summer.",
            "The shock was understandable, but I am afraid it was not surprising. I have "
            "spent twenty years covering amateur and semi-professional sport in this "
            "region, and the pattern is depressingly familiar. Volunteers who love "
            "their sport run organisations that have quietly become small businesses, "
            "without anyone ever deciding that they should.",
            "A boathouse needs insurance, repairs, energy bills and compliance with "
            "safety rules that grow every year. A football ground needs floodlights "
            "that meet league standards. A cricket club needs a groundsman and a mower "
            "that costs as much as a car. The money has to come from somewhere, and for "
            "most clubs that means subscriptions, bar takings and the occasional grant.",
            "The clubs that survive are rarely the ones with the best teams. They are "
            "the ones with a treasurer who keeps proper books, plans for the "
            "replacement of the roof before it leaks, and says no when the committee "
            "wants to spend the reserve on a new scoreboard.",
            "There is help available, though too few clubs know where to find it. The "
            "regional sports council runs free training in governance and finance, and "
            "several local accountancy firms will review a small club's books at no "
            "charge. Pooling facilities also helps: a gym used by three clubs costs each "
            "of them a third as much.",
            "I hope the rowing club keeps its boathouse. It has launched an appeal, and "
            "it deserves support. But whatever happens, every volunteer committee in "
            "the city should read its story and ask a simple question: if the worst "
            "happened next year, would we know in time?",
        ),
        bios_inside=True,
        share_inside=False,
        footer_inside=False,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/04/01/the-tide-gauge-on-pier-road/",
        template="C",
        author="ruth-amankwah",
        date="2024-04-01",
        time="07:45",
        title="What the tide gauge on Pier Road is telling us",
        related_title="A century of sea level in a green box",
        standfirst=(
            "A small green cabinet at the end of the harbour wall holds one of the "
            "longest sea level records on the coast."
        ),
        caption="The tide gauge cabinet at the end of the old harbour wall on Pier Road.",
        paragraphs=(
            "Bolted to the end of the old harbour wall, behind a rusting railing that "
            "most visitors walk straight past, there is a small green cabinet. Inside it "
            "is one of the longest continuous records of sea level anywhere on this "
            "coast.",
            "The gauge has measured the height of the tide since the late nineteenth "
            "century, first with a float and a pen on a rotating drum, and now with a "
            "radar sensor that reports every few minutes. The record has gaps, mainly "
            "from the war years and a storm in the fifties that wrecked the old "
            "instrument house, but it is remarkably complete.",
            "What it shows is not dramatic from one year to the next. The average height "
            "of the sea at Merrowhaven has risen by roughly twenty centimetres since the "
            "first readings were taken. For most of that period the rise was slow and "
            "steady. Over the past three decades it has clearly accelerated.",
            "Twenty centimetres does not sound like much, and on a calm day it is not. "
            "The trouble comes when a high spring tide meets a storm surge pushed in by "
            "strong winds. Every extra centimetre of baseline makes those events more "
            "likely to overtop the wall, and the gauge shows them happening more often.",
            "The council's flood plan uses these readings, along with national "
            "projections, to decide where to raise defences and where to accept that "
            "some low-lying land will flood more often. Those are hard decisions, and "
            "they will affect homes, businesses and the harbour itself.",
            "I would like more people to know that the evidence sits in a green box at "
            "the end of Pier Road, quietly taking notes. It would make a fine stop on a "
            "school trip, and a useful reminder that the sea keeps its own records "
            "whether or not we choose to read them.",
        ),
        bios_inside=False,
        share_inside=False,
        footer_inside=False,
        figure_first=True,
    ),
    Column(
        path="/opinion/2024/03/25/the-marathon-nobody-watches/",
        template="C",
        author="declan-foyle",
        date="2024-03-25",
        time="08:30",
        title="The marathon nobody watches",
        related_title="Cheering at mile nineteen",
        standfirst=(
            "The half marathon draws the crowds. The full distance along the coast road "
            "deserves far better than an empty pavement."
        ),
        caption="Runners pass the lighthouse at Wrack Point during the coast marathon.",
        paragraphs=(
            "The Merrowhaven half marathon brings thousands of runners and tens of "
            "thousands of spectators into the city centre every spring. The full "
            "marathon, which takes place on the same morning along the coast road, gets "
            "almost none of either.",
            "I ran it this year, slowly, and the loneliness of the second half was "
            "striking. After the turn at Wrack Point the crowds thin to a few families "
            "on folding chairs and a man with a tuba who has, I am told, been there "
            "every year since the race began.",
            "The organisers say the full distance attracts too few entrants to justify "
            "the cost of closing more roads. Entrants say the race is poorly promoted "
            "and feels like an afterthought. Both are right, and each problem feeds the "
            "other.",
            "This matters because endurance events are one of the few corners of sport "
            "where ordinary people can take part in the same race as elite athletes. A "
            "good marathon has a character of its own, shaped by its course and its "
            "crowd, and that character is what makes people travel to run it.",
            "Other coastal cities have turned similar races into genuine attractions by "
            "leaning into what makes them different. A route that follows the harbour "
            "wall, passes the lighthouse and finishes on the promenade could be one of "
            "the most beautiful in the country. At the moment it is sold as an extra lap "
            "for people who find the half too short.",
            "A few cheering points with music, a proper finish area and a modest "
            "marketing budget would transform the race. So would a little local pride. "
            "Next year, if you are out on the coast road on a Sunday morning in March, "
            "bring a flask and a bell. The runners at the back will remember you.",
        ),
        bios_inside=True,
        share_inside=True,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/03/18/let-teenagers-sleep/",
        template="C",
        author="tomasz-brennan",
        date="2024-03-18",
        time="07:45",
        title="Let teenagers sleep, and let them learn",
        related_title="The case for a later school bell",
        standfirst=(
            "The glazed look in a first-period classroom is not laziness. It is "
            "biology, and we could do something about it."
        ),
        caption="A sixth-form class during first period at Calder Vale Academy.",
        paragraphs=(
            "Anyone who has tried to teach a class of fifteen-year-olds at ten to nine "
            "in the morning knows the look. Heads on desks, eyes half closed, a long "
            "pause before anyone will answer even the simplest question. For years I "
            "took it personally. I now think it was biology.",
            "Sleep researchers have known for a long time that the body clock shifts "
            "during adolescence. Teenagers are not simply staying up late to scroll "
            "through their phones, though many of them do that as well. Their bodies "
            "release the hormone that makes them drowsy later in the evening than "
            "younger children or adults, which makes an early start harder on them than "
            "on almost anyone else.",
            "A handful of schools abroad have tested later start times, and the results "
            "are striking. Attendance rises, lateness falls, and some studies report "
            "modest improvements in grades, particularly in the first lessons of the "
            "day. Teachers in those schools describe classes that are simply more "
            "awake.",
            "The objections here are practical rather than scientific. Buses are "
            "scheduled around the primary schools. Parents need to get to work. "
            "After-school clubs and part-time jobs would be squeezed. These are real "
            "problems, but they are the kind that timetablers solve every year for far "
            "less important reasons.",
            "There is a cheaper experiment we could run tomorrow. Start the sixth form "
            "an hour later two days a week, move study periods into the first slot, and "
            "measure what happens to attendance and mood over a term. If nothing "
            "changes, we have lost very little. If it works, we will have found "
            "something valuable for almost no money.",
            "We ask teenagers to make some of the biggest decisions of their lives "
            "during the years when they are most short of sleep. The least we can do is "
            "stop scheduling their hardest thinking for the hour when they are least "
            "able to do it.",
        ),
        bios_inside=True,
        share_inside=False,
        footer_inside=False,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/03/11/what-the-oyster-beds-know/",
        template="A",
        author="ruth-amankwah",
        date="2024-03-11",
        time="08:15",
        title="What the oyster beds know about clean water",
        related_title="The oysters are back in the estuary",
        standfirst=(
            "Native oysters are being harvested from the estuary again. Their return is "
            "an honest measure of cleaner water."
        ),
        caption="Native oysters from the restored beds near Gull Bank.",
        paragraphs=(
            "A century ago the estuary below Merrowhaven supported one of the busiest "
            "oyster fisheries on this coast. Photographs in the maritime museum show "
            "dredging boats moored three deep at the quay and women shucking oysters on "
            "trestle tables along the harbour front.",
            "By the nineteen-sixties the beds were almost gone, killed off by a "
            "combination of overfishing, disease and sewage. For decades afterwards, "
            "the idea of eating anything that grew in the estuary was faintly absurd.",
            "This spring, for the first time in living memory, a small co-operative has "
            "begun harvesting native oysters from restored beds near Gull Bank. The "
            "quantities are modest, a few thousand a season, but the symbolism is "
            "enormous.",
            "Oysters are filter feeders. A single adult can pass well over a hundred "
            "litres of water through its gills in a day, pulling out algae and "
            "particles as it goes. That makes them useful for cleaning water, but it "
            "also means they concentrate whatever is in it. They cannot be sold for "
            "eating unless the water meets strict standards, so their return is a "
            "public certificate of improvement.",
            "The improvement did not happen by accident. It followed years of "
            "investment in the treatment works, stricter limits on storm overflows and a "
            "long campaign by local swimmers and anglers. Those overflows still spill "
            "after heavy rain, and the co-operative has to close the beds for days at a "
            "time when they do.",
            "The lesson is that clean water is neither a miracle nor a lost cause. It is "
            "the result of choices about infrastructure, regulation and money, made over "
            "many years. The oysters have given us an honest measure of progress. We "
            "should keep listening to what they tell us.",
        ),
        bios_inside=True,
        share_inside=False,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2024/01/09/feed-only-column/",
        template="A",
        author="mira-okafor",
        date="2024-01-09",
        time="08:00",
        title="Our pavements are the transport policy nobody funds",
        related_title="Mind the kerb",
        standfirst=(
            "Every journey starts and ends on foot, yet the footway is the first thing "
            "cut when money is tight."
        ),
        caption="A cracked and tilted footway on Tanner Street.",
        paragraphs=(
            "Every transport strategy I have read in the last ten years begins with a "
            "picture of a tram. Few of them have a picture of a pavement, which is odd, "
            "because almost every journey in this city starts and ends on one.",
            "Walk down Tanner Street with a pushchair and you will find out quickly how "
            "little attention they get. The slabs are cracked and tilted, the dropped "
            "kerbs are in the wrong places, and for long stretches the usable width is "
            "taken up by bins, signs and parked vans.",
            "For a fit adult these are irritations. For somebody using a wheelchair, a "
            "walking frame or a white cane they are barriers, and they decide whether a "
            "trip to the shops happens at all. The council's own survey found that one "
            "in five older residents had stopped making some journeys on foot because "
            "they were worried about falling.",
            "Part of the problem is that pavements have no champion. Road schemes have "
            "engineers, budgets and ribbon cuttings. Maintenance of the footway is a "
            "line in the highways budget that gets trimmed every time money is tight, "
            "because a cracked paving slab rarely makes the news.",
            "It does not have to be this way. Some cities now publish a walking audit "
            "for every ward, with a simple score for width, surface and crossings, and "
            "commit to fixing the worst streets first. It costs far less than a single "
            "new junction, and the benefits reach everybody who leaves their front "
            "door.",
            "This year the council will spend millions on a new interchange at the "
            "retail park. I would happily trade a small slice of that for a promise that "
            "every bus stop in the city can be reached on a level, unobstructed path. "
            "It would not look as good in a brochure, but it would make a bigger "
            "difference to more people.",
        ),
        bios_inside=False,
        share_inside=True,
        footer_inside=True,
        figure_first=False,
    ),
    Column(
        path="/opinion/2023/12/20/sitemap-only-column/",
        template="B",
        author="priya-halloran",
        date="2023-12-20",
        time="09:00",
        title="Damp is a repair job, not a lifestyle choice",
        related_title="Black mould and the bleach leaflet",
        standfirst=(
            "Tenants living with mould are too often told it is their own fault. Here "
            "is what to do this winter instead."
        ),
        caption="Mould spreads across a bedroom ceiling in a rented flat in Eastbank.",
        paragraphs=(
            "Every winter my inbox fills with the same photographs. Black spots creeping "
            "across a bedroom ceiling. Wallpaper peeling away from a bathroom wall. A "
            "child's cot pushed into the middle of a room because the corners have "
            "turned green.",
            "The people who send them are usually apologetic. They have been told, "
            "often more than once, that the problem is their own fault: they dry washing "
            "indoors, they do not open the windows, they are not heating the flat "
            "properly. Some of them have been handed a leaflet about condensation and "
            "told to wipe the walls down with bleach.",
            "Sometimes daily habits play a part. But in most of the cases I see, the "
            "cause is the building. Roofs that leak, gutters that overflow, extractor "
            "fans that were never connected, and walls that were never insulated in the "
            "first place. No amount of window opening will fix a cracked downpipe.",
            "Damp is not merely unpleasant. It is linked to asthma, chest infections and "
            "a long list of other conditions, and it is most dangerous for the very "
            "young and the very old. Landlords, public and private, have a legal duty "
            "to deal with it, and tenants have every right to insist.",
            "If you are living with damp this winter, keep a record. Photograph the "
            "problem every week, note the dates you reported it and the replies you "
            "got, and keep copies of any letters. If nothing happens, the council's "
            "environmental health team can inspect and, where necessary, order repairs.",
            "Above all, do not accept the idea that it is your fault for breathing, "
            "cooking and drying clothes in your own home. A home that cannot cope with "
            "ordinary life is a home that needs fixing.",
        ),
        bios_inside=False,
        share_inside=False,
        footer_inside=False,
        figure_first=True,
    ),
)

#: Paginated columnist listing: page path -> article paths in page order.
LISTING_PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "/opinion/columnists/",
        (
            "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
            "/opinion/2024/05/13/homework-is-a-habit-not-a-measure/",
            "/opinion/2024/05/10/night-buses-are-a-lifeline/",
            "/opinion/2024/05/08/rent-caps-and-the-empty-flat-upstairs/",
        ),
    ),
    (
        "/opinion/columnists/page/2/",
        (
            "/opinion/2024/05/06/the-away-end-is-getting-older/",
            "/opinion/2024/05/02/in-praise-of-the-frozen-pea/",
            "/opinion/2024/04/29/why-the-ferry-timetable-matters/",
            "/opinion/2024/04/22/the-school-run-is-a-planning-failure/",
        ),
    ),
    (
        "/opinion/columnists/page/3/",
        (
            "/opinion/2024/04/15/the-case-for-boring-housing/",
            "/opinion/2024/04/08/small-clubs-big-ledgers/",
            "/opinion/2024/04/01/the-tide-gauge-on-pier-road/",
        ),
    ),
    (
        "/opinion/columnists/page/4/",
        (
            "/opinion/2024/03/25/the-marathon-nobody-watches/",
            "/opinion/2024/03/18/let-teenagers-sleep/",
            "/opinion/2024/03/11/what-the-oyster-beds-know/",
        ),
    ),
)

#: Teaser links with tracking junk, per listing page: (href, link text).  Every
#: href normalises to an article listed on the same page.
TRACKING_TEASERS: dict[str, tuple[tuple[str, str], ...]] = {
    "/opinion/columnists/": (
        (
            "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/"
            "?utm_source=homepage&utm_medium=teaser",
            "Editor's pick: the quiet cost of cheap flights",
        ),
        ("/opinion/2024/05/13/homework-is-a-habit-not-a-measure/#comments", "38 comments"),
        ("/opinion/2024/05/10/night-buses-are-a-lifeline/?fbclid=abc", "Most shared this week"),
    ),
    "/opinion/columnists/page/2/": (
        (
            "/opinion/2024/05/06/the-away-end-is-getting-older/"
            "?utm_source=homepage&utm_medium=teaser",
            "Editor's pick: the away end is getting older",
        ),
        ("/opinion/2024/05/02/in-praise-of-the-frozen-pea/#comments", "112 comments"),
        (
            "/opinion/2024/04/22/the-school-run-is-a-planning-failure/?fbclid=abc",
            "Most shared this week",
        ),
    ),
    "/opinion/columnists/page/3/": (
        (
            "/opinion/2024/04/15/the-case-for-boring-housing/"
            "?utm_source=homepage&utm_medium=teaser",
            "Editor's pick: the case for boring housing",
        ),
        ("/opinion/2024/04/08/small-clubs-big-ledgers/#comments", "9 comments"),
        ("/opinion/2024/04/01/the-tide-gauge-on-pier-road/?fbclid=abc", "Most shared this week"),
    ),
    "/opinion/columnists/page/4/": (
        (
            "/opinion/2024/03/25/the-marathon-nobody-watches/"
            "?utm_source=homepage&utm_medium=teaser",
            "Editor's pick: the marathon nobody watches",
        ),
        ("/opinion/2024/03/18/let-teenagers-sleep/#comments", "57 comments"),
        ("/opinion/2024/03/11/what-the-oyster-beds-know/?fbclid=abc", "Most shared this week"),
    ),
}

OUT_OF_SCOPE_TEASER = (
    "https://elsewhere.example/opinion/2024/05/outside-column/",
    "From our partners: what a small town learned from losing its railway",
)

ALIAS_PATH = "/print/the-quiet-cost-of-cheap-flights/"
ALIAS_OF = "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/"
#: The listing page that links to the printable copy.
ALIAS_LISTED_ON = "/opinion/columnists/page/2/"

#: The RSS feed: (article path, query string appended to its link).
FEED_PATH = "/opinion/feed.rss"
FEED_ITEMS: tuple[tuple[str, str], ...] = (
    ("/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/", ""),
    ("/opinion/2024/05/13/homework-is-a-habit-not-a-measure/", "utm_source=rss&utm_medium=feed"),
    ("/opinion/2024/05/10/night-buses-are-a-lifeline/", ""),
    ("/opinion/2024/05/08/rent-caps-and-the-empty-flat-upstairs/", ""),
    ("/opinion/2024/05/06/the-away-end-is-getting-older/", "utm_source=rss&utm_medium=feed"),
    ("/opinion/2024/01/09/feed-only-column/", ""),
)

SITEMAP_PATH = "/sitemap.xml"
SITEMAP_ARTICLES = (
    "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
    "/opinion/2024/04/22/the-school-run-is-a-planning-failure/",
    "/opinion/2024/03/11/what-the-oyster-beds-know/",
    "/opinion/2023/12/20/sitemap-only-column/",
)
SITEMAP_OTHER = ("/news/2024/05/harbour-dredging-starts/", "/about/")

#: One columnist's own page, for the CSS ``link_selector`` tests.
SELECTOR_PAGE = "/opinion/columnists/mira-okafor/"
SELECTOR = "ul.columnist-articles a"
SELECTOR_ARTICLES = (
    "/opinion/2024/05/14/the-quiet-cost-of-cheap-flights/",
    "/opinion/2024/05/10/night-buses-are-a-lifeline/",
    "/opinion/2024/04/29/why-the-ferry-timetable-matters/",
)
#: "Popular now" links on the selector page: article-shaped, but not hers.
SELECTOR_OTHERS = (
    "/opinion/2024/05/02/in-praise-of-the-frozen-pea/",
    "/opinion/2024/04/08/small-clubs-big-ledgers/",
)


@dataclass(frozen=True)
class NewsStory:
    path: str
    title: str
    date: str
    paragraphs: tuple[str, ...]


NEWS: tuple[NewsStory, ...] = (
    NewsStory(
        path="/news/2024/05/harbour-dredging-starts/",
        title="Dredging of the inner harbour begins after two-year delay",
        date="2024-05-13",
        paragraphs=(
            "Work to dredge the inner harbour at Merrowhaven began on Monday, two years "
            "later than planned, after the port authority secured a licence to dispose "
            "of the silt offshore.",
            "Fishing boats will be moved to temporary berths on the east quay while the "
            "work continues, which is expected to take eleven weeks.",
        ),
    ),
    NewsStory(
        path="/news/2024/05/council-approves-new-library/",
        title="Council approves new library for the Eastbank ward",
        date="2024-05-09",
        paragraphs=(
            "Councillors have approved plans for a new library in Eastbank, on the site "
            "of a former bus depot that has stood empty since 2019.",
            "The building will include a study room, a makerspace and a community cafe, "
            "and is due to open in the spring of 2026.",
        ),
    ),
)

#: Simple pages linked from the site chrome: path -> (title, one paragraph).
CHROME_PAGES: dict[str, tuple[str, str]] = {
    "/news/": ("News", "The latest news from Merrowhaven and the Calder estuary."),
    "/sport/": ("Sport", "Football, rowing, athletics and the Sunday leagues."),
    "/opinion/": (
        "Opinion",
        "Comment and argument from the Ledger's writers and readers.",
    ),
    "/tag/climate/": ("Climate", "Everything we have published tagged climate."),
    "/category/politics/": ("Politics", "Council, county and national politics."),
    "/login/": ("Log in", "Log in to manage your subscription and newsletters."),
    "/subscribe/": ("Subscribe", "Support local journalism from two pounds a week."),
    "/about/": (
        "About us",
        "The Harbour Ledger has reported on Merrowhaven and the Calder estuary since 1871.",
    ),
    "/privacy/": ("Privacy", "How we collect, use and look after your personal data."),
    "/contact/": ("Contact us", "Write to the newsdesk at 4 Chandler Street, Merrowhaven."),
}
