/*
 * digest.c — everything precis knows of a story in one report: the
 * summary, the timeline, the leading entities and the key quotes.  A
 * renderer over the others: it runs the summarizer and the story modules
 * through their public calls and nests their renderings (JSON values from
 * render_json.c, text and Markdown from the public render calls), so it sits
 * in render/, above story/, and nothing below it depends on it.
 */
#include "render/render.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

void precis_digest_options_init(precis_digest_options *opt)
{
    memset(opt, 0, sizeof *opt);
    precis_options_init(&opt->summary);
    precis_timeline_options_init(&opt->timeline);
    opt->timeline.max_dates = 12;
    opt->timeline.words_per_date = 30;
    opt->max_entities = 12;
    opt->max_quotes = 6;
}

static void section(pc_buf *b, precis_format fmt, const char *title, char *body)
{
    if (fmt == PRECIS_FORMAT_MARKDOWN) pc_buf_printf(b, "## %s\n\n", title);
    else pc_buf_printf(b, "%s\n", title);
    pc_buf_puts(b, body);
    pc_buf_putc(b, '\n');
    free(body);
}

char *precis_digest(precis_cluster *c, const precis_digest_options *opt_in, precis_format fmt)
{
    precis_digest_options opt;
    if (opt_in) opt = *opt_in;
    else precis_digest_options_init(&opt);
    precis_summary *s = precis_summarize(c, &opt.summary);
    if (!s) return NULL;
    precis_timeline *t = precis_timeline_build(c, &opt.timeline);
    precis_entities *e = precis_entities_find(c);
    precis_quotes *q = e ? precis_quotes_find(c, e) : NULL;
    char *out = NULL;
    if (t && e && q) {
        /* the leading entities and key quotes; the quotes' entity indices
         * stay valid, as only the least mentioned entities go */
        precis_entities_keep(e, opt.max_entities, -1);
        if (opt.max_quotes) precis_quotes_keep_key(q, opt.max_quotes);
        if (fmt == PRECIS_FORMAT_JSON) {
            json_t *root = json_object();
            json_object_set_new(root, "cluster", c->id ? json_string(c->id) : json_null());
            json_object_set_new(root, "language", json_string(precis_summary_language(s)));
            json_object_set_new(root, "summary", pc_summary_json(s));
            json_object_set_new(root, "timeline", pc_timeline_json(t));
            json_object_set_new(root, "entities", pc_entities_json(e));
            json_object_set_new(root, "quotes", pc_quotes_json(q));
            out = pc_json_dump(root);
        } else {
            pc_buf b = {0};
            int md = fmt == PRECIS_FORMAT_MARKDOWN;
            if (md) pc_buf_printf(&b, "# %s\n\n", c->id ? c->id : "Digest");
            section(&b, fmt, "Summary", precis_render(s, fmt));
            section(&b, fmt, "Timeline", precis_timeline_render(t, fmt));
            section(&b, fmt, md ? "Who and where" : "Entities", precis_entities_render(e, fmt));
            section(&b, fmt, "Quotes", precis_quotes_render(q, fmt));
            out = pc_buf_take(&b);
        }
    }
    precis_summary_free(s);
    precis_timeline_free(t);
    precis_entities_free(e);
    precis_quotes_free(q);
    return out;
}
