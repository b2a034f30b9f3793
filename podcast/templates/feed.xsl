<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows feed.xml as a page when someone opens it in a browser (podcast apps ignore it). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="itunes atom">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
<xsl:template match="/">
<html lang="{{ lang }}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex"/>
<title><xsl:value-of select="/rss/channel/title"/> – {{ t.rss_feed }}</title>
<link rel="icon" href="favicon.png" sizes="32x32" type="image/png"/>
<link rel="stylesheet" href="static/site.css"/>
</head>
<body>
<header class="site-header">
  <div class="wrap">
    <p class="site-title"><a href="{/rss/channel/link}"><xsl:value-of select="/rss/channel/title"/></a></p>
  </div>
</header>
<main id="main" class="wrap">
<div class="intro">
  <img class="cover" src="cover-160.jpg" srcset="cover-160.jpg 160w, cover-320.jpg 320w" sizes="(max-width: 32rem) 112px, 160px" alt="" width="160" height="160"/>
  <div>
    <h1><xsl:value-of select="/rss/channel/title"/></h1>
    <p>{{ t.feed_page_intro }}</p>
    <p class="feed-address">{{ t.feed_address }} <code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code></p>
    <p><a href="{/rss/channel/link}">{{ t.feed_page_site }}</a></p>
  </div>
</div>
<section aria-labelledby="episodes-heading">
  <h2 id="episodes-heading">{{ t.all_episodes }}</h2>
  <xsl:for-each select="/rss/channel/item">
  <article class="card">
    <h3 class="card-title"><a href="{link}"><xsl:value-of select="title"/></a></h3>
    <p class="meta"><xsl:call-template name="date"><xsl:with-param name="rfc822" select="pubDate"/></xsl:call-template></p>
  </article>
  </xsl:for-each>
</section>
</main>
</body>
</html>
</xsl:template>
<!-- "Thu, 15 Jan 2026 07:00:00 +0000" → "15 {{ months[0] }} 2026" -->
<xsl:template name="date">
  <xsl:param name="rfc822"/>
  <xsl:variable name="m" select="substring($rfc822, 9, 3)"/>
  <xsl:value-of select="number(substring($rfc822, 6, 2))"/>
  <xsl:text> </xsl:text>
  <xsl:choose>
{% for abbr, name in month_names %}
    <xsl:when test="$m = '{{ abbr }}'">{{ name }}</xsl:when>
{% endfor %}
  </xsl:choose>
  <xsl:text> </xsl:text>
  <xsl:value-of select="substring($rfc822, 13, 4)"/>
</xsl:template>
</xsl:stylesheet>
