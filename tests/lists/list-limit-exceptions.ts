/**
 * The queries list-limits.test.ts lets through without `take`, each with why its rows cannot grow
 * with the large tables (tickets, their events, users, mails). Add one only with a reason that
 * holds at a million tickets; a list of rows that grows belongs on a page (lib/lists).
 * Keys: "file#function#model or relation".
 */

/** Tens to hundreds of rows the admins keep by hand; none grows with tickets or people. */
const SMALL =
  "configuration kept by admins (support groups, catalogue categories and items, knowledge categories, holidays, inbound addresses): small, not growing with tickets";
/** Children of one row, read through the index on their parent's key. */
const KEYED = "the rows of one parent (one ticket, item, article, user), through its key's index";
/** Rows named by ids the caller already holds (a page of search results, a claimed batch). */
const BY_IDS = "rows named by an `id in` list the caller holds, bounded by that list";
/** Staff: analysts of the portal, not the public. */
const STAFF = "analysts (role AGENT) or a group's members: staff, bounded by the support team";
const ORGANIZATIONS =
  "organizations: public bodies, bounded by the country (5,570 municipalities, 27 states and their agencies)";
/** LGPD: a person's data export and anonymization must see all of that person's rows. */
const PERSON = "all of one person's rows (LGPD export or anonymization), through indexed keys";
const UNIQUE = "at most a few rows, matched on unique columns (cpf, e-mail, name, slug prefix)";

export const LIMIT_EXCEPTIONS: Record<string, string> = {
  "lib/admin/organization-queries.ts#listGroups#members": STAFF,
  "lib/admin/organization-queries.ts#listGroups#supportGroup": SMALL,
  "lib/admin/organization-queries.ts#listGroups#user": STAFF,
  "lib/admin/organization-queries.ts#listOrganizations#organization": ORGANIZATIONS,
  "lib/admin/organizations.ts#saveGroup#members": STAFF,
  "lib/admin/organizations.ts#saveOrganization#organization": UNIQUE,
  "lib/admin/settings.ts#settingsForEditor#holiday": SMALL,
  "lib/admin/user-import.ts#importUsers#organization": ORGANIZATIONS,
  // Known debt: reads every user's cpf and e-mail to spot duplicates of the imported file; it
  // should look up only the file's own cpfs and e-mails (`in`), a few thousand at most.
  "lib/admin/user-import.ts#importUsers#user": "known debt: whole User table, see comment",
  "lib/admin/user-queries.ts#userFormChoices#organization": ORGANIZATIONS,
  "lib/admin/user-queries.ts#userFormChoices#supportGroup": SMALL,
  "lib/admin/user-rows.ts#managerProblems#organization": BY_IDS,
  "lib/admin/user-rows.ts#takenBy#user": UNIQUE,
  "lib/attachments/staging.ts#deleteStaleUploads#attachment": BY_IDS,
  "lib/catalog/admin-order.ts#siblingIds#catalogCategory": SMALL,
  "lib/catalog/admin-order.ts#siblingIds#catalogItem": SMALL,
  "lib/catalog/admin-queries.ts#groupChoices#supportGroup": SMALL,
  "lib/catalog/admin-queries.ts#itemForEditor#fields": KEYED,
  "lib/catalog/admin-queries.ts#readTree#catalogCategory": SMALL,
  "lib/catalog/admin-queries.ts#readTree#catalogItem": SMALL,
  "lib/catalog/admin-tree.ts#allCategories#catalogCategory": SMALL,
  "lib/catalog/admin-tree.ts#reindexItemsBelow#catalogItem": SMALL,
  "lib/catalog/admin-tree.ts#uniqueSlug#catalogCategory": UNIQUE,
  "lib/catalog/admin-tree.ts#uniqueSlug#catalogItem": UNIQUE,
  "lib/catalog/queries.ts#categoriesById#catalogCategory": SMALL,
  "lib/catalog/queries.ts#getCatalogItem#fields": KEYED,
  "lib/catalog/queries.ts#getCategory#catalogItem": SMALL,
  "lib/catalog/queries.ts#itemsForSearch#catalogItem": BY_IDS,
  "lib/catalog/queries.ts#popularItems#catalogItem": BY_IDS,
  "lib/inbound/addresses.ts#listBoundAddresses#catalogItem": SMALL,
  "lib/inbound/addresses.ts#listBoundAddresses#inboundAddress": SMALL,
  "lib/knowledge/article-mails.ts#articleAuthors#revisions": KEYED,
  "lib/knowledge/article-mails.ts#articleAuthors#user": BY_IDS,
  "lib/knowledge/article-page.ts#loadArticlePage#items": KEYED,
  "lib/knowledge/article-restore.ts#restoreRevision#items": KEYED,
  "lib/knowledge/articles.ts#save#items": KEYED,
  "lib/knowledge/articles.ts#uniqueArticleSlug#article": UNIQUE,
  "lib/knowledge/authoring-queries.ts#authoringFilterChoices#knowledgeCategory": SMALL,
  "lib/knowledge/authoring-queries.ts#authoringFilterChoices#user": STAFF,
  "lib/knowledge/authoring-queries.ts#needsReviewWhere#article":
    "articles with enough votes to judge: the knowledge base is written by staff, hundreds of articles",
  "lib/knowledge/categories.ts#knowledgeTree#knowledgeCategory": SMALL,
  "lib/knowledge/category-admin.ts#saveKnowledgeCategory#knowledgeCategory": SMALL,
  "lib/knowledge/category-admin.ts#uniqueCategorySlug#knowledgeCategory": UNIQUE,
  "lib/knowledge/category-queries.ts#knowledgeCategoryTree#knowledgeCategory": SMALL,
  "lib/knowledge/comments.ts#articleComments#articleComment": KEYED,
  "lib/knowledge/deflection-counts.ts#deflectionCountsByArticle#article": BY_IDS,
  "lib/knowledge/deflection-counts.ts#deflectionCountsByItem#catalogItem": BY_IDS,
  "lib/knowledge/deflection.ts#readableArticles#article": BY_IDS,
  "lib/knowledge/editor-queries.ts#articleForEditor#items": KEYED,
  "lib/knowledge/editor-queries.ts#articleRevisions#articleRevision": KEYED,
  "lib/knowledge/editor-queries.ts#editorChoices#catalogItem": SMALL,
  "lib/knowledge/editor-queries.ts#editorChoices#knowledgeCategory": SMALL,
  "lib/knowledge/link-search.ts#articlesToLink#article": BY_IDS,
  "lib/notifications/lease.ts#claimDueRows#outboxMessage": BY_IDS,
  "lib/notifications/notification-mails.ts#emailsOf#notification": BY_IDS,
  "lib/notifications/notification-mails.ts#emailsOf#supportGroup": BY_IDS,
  "lib/notifications/rating-mails.ts#queueLowRatingMails#user": STAFF,
  "lib/notifications/recipient-check.ts#dropReasonOf#groups": KEYED,
  "lib/privacy/anonymize-scrub.ts#scrubPersonalData#article": PERSON,
  "lib/privacy/anonymize-scrub.ts#scrubPersonalData#attachment": PERSON,
  "lib/privacy/anonymize-scrub.ts#scrubPersonalData#dataExport": PERSON,
  "lib/privacy/anonymize-scrub.ts#scrubPersonalData#ticket": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#articleComment": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#articleVote": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#attachments": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#events": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#ticket": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#ticketRating": PERSON,
  "lib/privacy/export-data.ts#collectPersonalData#userSession": PERSON,
  "lib/reports/names.ts#namesOf#catalogItem": BY_IDS,
  "lib/reports/names.ts#namesOf#organization": BY_IDS,
  "lib/reports/names.ts#namesOf#supportGroup": BY_IDS,
  "lib/reports/names.ts#namesOf#user": BY_IDS,
  "lib/reports/options.ts#reportFilterOptions#catalogItem": SMALL,
  "lib/reports/options.ts#reportFilterOptions#organization": ORGANIZATIONS,
  "lib/reports/options.ts#reportFilterOptions#supportGroup": SMALL,
  "lib/reports/options.ts#reportFilterOptions#user": STAFF,
  "lib/reports/refresh.ts#refreshRated#ticket": BY_IDS,
  "lib/reports/refresh.ts#refreshRated#ticketRating":
    "the ratings given since the job's last mark, a job's slice",
  "lib/search/item-entries.ts#categoriesOf#catalogCategory": SMALL,
  "lib/search/item-entries.ts#indexAllItems#catalogItem": SMALL,
  "lib/search/portal-search.ts#searchPortal#article": BY_IDS,
  "lib/search/suggestions.ts#suggestArticles#article": BY_IDS,
  "lib/sla/policy.ts#loadSlaPolicy#holiday": SMALL,
  "lib/tickets/bulk.ts#eachTicket#ticket": BY_IDS,
  "lib/tickets/change.ts#loadDecideWrite#followers": KEYED,
  "lib/tickets/dashboard.ts#agentDashboard#supportGroup": SMALL,
  "lib/tickets/merged-page.ts#mergedPage#ticket": BY_IDS,
  "lib/tickets/notifications.ts#(module)#followers": KEYED,
  "lib/tickets/notifications.ts#notificationRecipients#groupMember": STAFF,
  "lib/tickets/notifications.ts#notificationRecipients#groups": KEYED,
  "lib/tickets/notifications.ts#notificationRecipients#user": BY_IDS,
  "lib/tickets/open-ticket.ts#openValidTicket#fields": KEYED,
  "lib/tickets/queue-options.ts#queueOptions#catalogItem": SMALL,
  "lib/tickets/queue-options.ts#queueOptions#supportGroup": SMALL,
  "lib/tickets/rating-stats.ts#ratingStats#supportGroup": SMALL,
  "lib/tickets/rating-stats.ts#ratingStats#user": BY_IDS,
  "lib/tickets/related.ts#relatedTickets#ticket": BY_IDS,
  "lib/tickets/related.ts#relatedTickets#ticketLink": KEYED,
  "lib/tickets/request-pages.ts#onBehalfFormPage#catalogItem": SMALL,
  "lib/tickets/support-panel.ts#supportPanel#supportGroup": SMALL,
  "lib/tickets/support-panel.ts#supportPanel#user": STAFF,
  "lib/tickets/ticket-detail.ts#loadDetail#attachment": KEYED,
  "lib/tickets/ticket-detail.ts#loadDetail#ticketEvent": KEYED,
  "lib/tickets/ticket-detail.ts#loadDetail#user": BY_IDS,
  "lib/tickets/ticket-detail.ts#readTicket#followers": KEYED,
  // Known debt: a CSV of one organization's time entries over a chosen period, unbounded in
  // rows by design (an export); it should stream or cap the period.
  "lib/tickets/time-entries.ts#billingCsv#timeEntry": "known debt: an export, see comment",
  "lib/tickets/time-entries.ts#ticketTime#timeEntry": KEYED,
};
