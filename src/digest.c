/*
 * digest.c — everything precis knows of a story in one report: the
 * summary, the timeline, the leading entities and the key quotes.
 */
#include "story.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

char *pc_render_markdown(const precis_summary *s);
char *pc_render_text(const precis_summary *s);

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
        if (fmt == PRECIS_FORMAT_JSON) {
            json_t *root = json_object();
            json_object_set_new(root, "cluster", c->id ? json_string(c->id) : json_null());
            json_object_set_new(root, "summary", pc_summary_json(s));
            json_object_set_new(root, "timeline", pc_timeline_json(t));
            json_object_set_new(root, "entities", pc_entities_json(e, opt.max_entities));
            json_object_set_new(root, "quotes", pc_quotes_json(q, opt.max_quotes));
            out = pc_json_dump(root);
        } else {
            pc_buf b = {0};
            int md = fmt == PRECIS_FORMAT_MARKDOWN;
            if (md) pc_buf_printf(&b, "# %s\n\n", c->id ? c->id : "Digest");
            section(&b, fmt, "Summary", md ? pc_render_markdown(s) : pc_render_text(s));
            section(&b, fmt, "Timeline",
                    md ? pc_render_timeline_markdown(t) : pc_render_timeline_text(t));
            section(&b, fmt, md ? "Who and where" : "Entities",
                    md ? pc_render_entities_markdown(e, opt.max_entities)
                       : pc_render_entities_text(e, opt.max_entities));
            section(&b, fmt, "Quotes",
                    md ? pc_render_quotes_markdown(q, opt.max_quotes)
                       : pc_render_quotes_text(q, opt.max_quotes));
            out = pc_buf_take(&b);
        }
    }
    precis_summary_free(s);
    precis_timeline_free(t);
    precis_entities_free(e);
    precis_quotes_free(q);
    return out;
}
