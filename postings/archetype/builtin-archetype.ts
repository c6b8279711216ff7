/** Used when the site has no archetype of its own: the sections HR teams fill in. */
export const BUILTIN_ARCHETYPE = `+++
title = "{{ replace .File.ContentBaseName "-" " " | title }}"
date = {{ .Date }}
draft = true
+++

## About the role

## What you will do

## What you will bring

## Pay and benefits

## How to apply
`;
