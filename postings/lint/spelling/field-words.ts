import { parseWordLines } from './word-list.js';

/**
 * Ordinary words of the fields postings come from that the Hunspell English
 * dictionaries lack: science and research, healthcare, education, libraries,
 * archives and museums, law and the public sector, energy, and the workplace.
 * Each is a word of its field as its people write it (a dictionary of the
 * field or its style guides has it), not a name of one organisation: a name
 * belongs in the repository's word list. British and American forms both
 * appear where the field uses both; the speller's variant handling does not
 * cover words the dictionaries lack altogether. Matching ignores case and
 * accepts plurals and possessives (see word-list.ts).
 */
const FIELD_WORDS_TEXT = `
# Science and research
bioinformatics
bioinformatician
biostatistics
biostatistician
biobank
biomarker
bioimaging
biomechanics
biomechanical
biocuration
biocurator
cheminformatics
genomic
genomics
pangenomics
metagenomics
epigenomics
proteomics
proteomic
metabolomics
transcriptomics
transcriptomic
multiomics
microbiome
microbiomes
exascale
petascale
preprint
postdoc
postdocs
experimentalist
symposia
geospatial
geoscience
geoscientist
photonics
nanoscale
interdisciplinarity
reproducibility
replicability
# Healthcare and care
telemedicine
telecare
clinician
comorbidity
comorbidities
phlebotomist
phlebotomy
sonographer
radiographer
paediatric
paediatrics
orthopaedic
haematology
pharmacovigilance
pharmacogenomics
neurorehabilitation
multimorbidity
safeguarding
# Education
unconference
edtech
microcredential
upskill
upskilling
reskill
mentorship
coursework
pedagogical
# Libraries, archives and museums
digitisation
digitization
cataloguer
cataloger
accessioning
deaccession
deaccessioning
curatorial
discoverability
born-digital
geocoding
metadata
# Law, government and the public sector
telework
teleworking
caseworker
casework
policymaker
policymaking
grantee
grantmaking
funder
nonprofit
subcontractor
councillor
decarbonise
decarbonize
decarbonisation
decarbonization
# Energy and infrastructure
intraday
renewables
microgrid
datacentre
datacenter
altnet
fibre
# The workplace
cyber
schemas
latencies
annum
workforces
workstream
skillset
signup
centric
empathic
focussed
strategize
strategise
strategizing
strategising
architecting
iteratively
embeddable
composable
retargeting
untyped
hearables
wearables
LGBTQI
LGBTQIA+
`;

export const FIELD_WORDS: readonly string[] = parseWordLines(FIELD_WORDS_TEXT);
